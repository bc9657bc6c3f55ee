import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifySuccess } from '../../../api/errors';
import { hasRole, useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useCreateReorganisation, useReorganisations } from '../api';
import { WorksCouncilReport } from '../components/works-council-report';

const CreateModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation('mobility');
  const create = useCreateReorganisation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState<'threatened' | 'redundant'>('threatened');
  const [announcedOn, setAnnouncedOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('reorganisations.new')}>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={t('reorganisations.form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('reorganisations.form.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Select
          label={t('reorganisations.form.status')}
          data={(['threatened', 'redundant'] as const).map((s) => ({
            value: s,
            label: t(`reorgStatus.${s}`),
          }))}
          value={status}
          allowDeselect={false}
          onChange={(v) => v && setStatus(v as 'threatened' | 'redundant')}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('reorganisations.form.announcedOn')}
            value={announcedOn}
            onChange={(e) => setAnnouncedOn(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('reorganisations.form.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { name, description, status, announcedOn, endsOn: endsOn || null },
                {
                  onSuccess: () => {
                    notifySuccess(t('reorganisations.form.created'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('reorganisations.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** The reorganisations: HR's overview; the works council sees the same list and the counts-only report. */
export const ReorganisationsPage = () => {
  const { t } = useTranslation('mobility');
  const me = useMe();
  const isHr = hasRole(me.data, 'hr');
  const list = useReorganisations();
  const [creating, setCreating] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('reorganisations.title')}
        description={t('reorganisations.description')}
        actions={
          isHr ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('reorganisations.new')}
            </Button>
          ) : null
        }
      />
      {list.data.items.length === 0 ? (
        <EmptyState title={t('reorganisations.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reorganisations.form.name')}</Table.Th>
                <Table.Th>{t('reorganisations.form.status')}</Table.Th>
                <Table.Th>{t('reorganisations.announcedOn')}</Table.Th>
                <Table.Th>{t('reorganisations.people')}</Table.Th>
                <Table.Th>{t('reorganisations.withoutCoach')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {isHr ? (
                      <RouterAnchor
                        to="/mobiliteit/reorganisaties/$reorganisationId"
                        params={{ reorganisationId: r.id }}
                      >
                        {r.name}
                      </RouterAnchor>
                    ) : (
                      r.name
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.status === 'closed' ? 'gray' : 'orange'}>
                      {t(`reorgStatus.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(r.announcedOn)}</Table.Td>
                  <Table.Td>{r.people}</Table.Td>
                  <Table.Td>{r.withoutCoach}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setReport(r.id)}>
                      {t('reorganisations.report')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating ? <CreateModal onClose={() => setCreating(false)} /> : null}
      {report ? <WorksCouncilReport id={report} onClose={() => setReport(null)} /> : null}
    </>
  );
};
