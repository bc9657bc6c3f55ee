import type { TCertificate } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifyError, notifySuccess } from '../../../api/errors';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useAddCertificate, useCertificates, useCertificateTypes, useRemoveCertificate } from '../api';

export const CERT_COLOR = { no_expiry: 'gray', valid: 'teal', expiring: 'orange', expired: 'red' } as const;

export const CertificateStatus = ({ c }: { c: TCertificate }) => {
  const { t } = useTranslation('development');
  return (
    <Badge color={CERT_COLOR[c.status]} variant="light">
      {c.status === 'expiring' && c.daysLeft !== null
        ? t('certificates.expiresIn', { count: c.daysLeft })
        : t(`certificates.statuses.${c.status}`)}
    </Badge>
  );
};

const AddCertificate = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const types = useCertificateTypes();
  const add = useAddCertificate(personId);
  const [type, setType] = useState<string | null>(null);
  const [obtainedOn, setObtainedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lang = currentLanguage();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('certificates.add')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('certificates.type')}
            searchable
            data={(types.data?.items ?? []).map((ct) => ({ value: ct.id, label: ct.name[lang] }))}
            value={type}
            onChange={setType}
            w={280}
          />
          <TextInput
            type="date"
            label={t('certificates.obtainedOn')}
            value={obtainedOn}
            onChange={(e) => setObtainedOn(e.currentTarget.value)}
            w={180}
          />
          <TextInput
            type="date"
            label={t('certificates.expiresOn')}
            description={t('certificates.expiresHelp')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            w={200}
          />
          <TextInput
            label={t('certificates.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            w={160}
          />
          <Button
            disabled={!type || !obtainedOn}
            loading={add.isPending}
            onClick={() =>
              type &&
              add.mutate(
                {
                  type,
                  obtainedOn,
                  ...(expiresOn ? { expiresOn } : {}),
                  number: number || null,
                },
                {
                  onSuccess: () => {
                    setType(null);
                    setObtainedOn('');
                    setExpiresOn('');
                    setNumber('');
                    setError(null);
                    notifySuccess(t('certificates.added'));
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('certificates.addButton')}
          </Button>
        </Group>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
};

/** Certificates with their expiry: warnings go out before they lapse. */
export const CertificatesTab = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const certs = useCertificates(personId);
  const remove = useRemoveCertificate();
  if (certs.isPending) return <LoadingState />;
  if (certs.isError) return <ErrorState error={certs.error} onRetry={() => void certs.refetch()} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('certificates.help')}
      </Text>
      {certs.data.items.length === 0 ? (
        <EmptyState title={t('certificates.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certificates.name')}</Table.Th>
                <Table.Th>{t('certificates.number')}</Table.Th>
                <Table.Th>{t('certificates.obtainedOn')}</Table.Th>
                <Table.Th>{t('certificates.expiresOn')}</Table.Th>
                <Table.Th>{t('certificates.status')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('actions.title')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certs.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.number ?? ''}</Table.Td>
                  <Table.Td>{formatDate(c.obtainedOn)}</Table.Td>
                  <Table.Td>{c.expiresOn ? formatDate(c.expiresOn) : t('certificates.noExpiry')}</Table.Td>
                  <Table.Td>
                    <CertificateStatus c={c} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('certificates.removeOne', { name: c.name })}
                      onClick={() =>
                        remove.mutate({ id: c.id, version: c.version }, { onError: notifyError })
                      }
                    >
                      {t('actions.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddCertificate personId={personId} />
    </Stack>
  );
};
