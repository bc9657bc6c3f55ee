import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { PersonSelect } from '../../../components/person-select';
import { RouterAnchor } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useExpiringCertificates } from '../api';
import { decidesRequests } from '../shared';
import { CertificateStatus } from './certificates-tab';

/** The manager's (or HR's) way into a team member's development, and the certificates about to lapse. */
export const TeamPage = (): ReactElement => {
  const { t } = useTranslation('development');
  const me = useMe();
  const navigate = useNavigate();
  const [personId, setPersonId] = useState<string | null>(null);
  const allowed = !!me.data && decidesRequests(me.data);
  const expiring = useExpiringCertificates(90, allowed);
  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.description')} />
      <Stack>
        <Paper withBorder p="md">
          <PersonSelect
            label={t('team.person')}
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              if (id) void navigate({ to: '/ontwikkeling/medewerkers/$personId', params: { personId: id } });
            }}
            w={420}
          />
        </Paper>
        <Title order={2} size="h4">
          {t('team.expiringTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('team.expiringHelp')}
        </Text>
        {expiring.isPending ? <LoadingState rows={3} /> : null}
        {expiring.isError ? <ErrorState error={expiring.error} /> : null}
        {expiring.data?.items.length === 0 ? <EmptyState title={t('team.noneExpiring')} /> : null}
        {expiring.data?.items.length ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('team.personColumn')}</Table.Th>
                  <Table.Th>{t('certificates.name')}</Table.Th>
                  <Table.Th>{t('certificates.expiresOn')}</Table.Th>
                  <Table.Th>{t('certificates.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {expiring.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <RouterAnchor
                        to="/ontwikkeling/medewerkers/$personId"
                        params={{ personId: c.personId }}
                      >
                        {c.personName}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{formatDate(c.expiresOn)}</Table.Td>
                    <Table.Td>
                      <CertificateStatus c={c} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {!allowed ? <Badge color="gray">{t('team.notAllowed')}</Badge> : null}
      </Stack>
    </>
  );
};
