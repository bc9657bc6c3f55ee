import { Alert, Badge, Button, Group, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifySuccess } from '../../../api/errors';
import { PageHeader } from '../../../components/page-header';
import { PersonSelect } from '../../../components/person-select';
import { RouterButton } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useAddCases, useReorganisation, useUpdateCase } from '../api';
import { WorksCouncilReport } from '../components/works-council-report';
import { STATUS_COLOR } from './caseload.page';

const STATUSES = ['orientation', 'training', 'placed_internal', 'placed_external', 'other'] as const;

const AddModal = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const { t } = useTranslation('mobility');
  const add = useAddCases(id);
  const [person, setPerson] = useState<string | null>(null);
  const [coach, setCoach] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('reorganisation.add')}>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <PersonSelect label={t('reorganisation.person')} value={person} onChange={setPerson} required />
        <PersonSelect label={t('reorganisation.coach')} value={coach} onChange={setCoach} />
        <Group justify="flex-end">
          <Button
            disabled={!person}
            loading={add.isPending}
            onClick={() =>
              person &&
              add.mutate(
                { personIds: [person], coachPersonId: coach },
                {
                  onSuccess: () => {
                    notifySuccess(t('reorganisation.added'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('reorganisation.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** HR assigns (or changes) the coach of one person; the server checks the coach role. */
const CoachCell = ({
  caseId,
  coachPersonId,
  version,
}: {
  caseId: string;
  coachPersonId: string | null;
  version: number;
}) => {
  const { t } = useTranslation('mobility');
  const update = useUpdateCase();
  return (
    <PersonSelect
      aria-label={t('reorganisation.coach')}
      placeholder={t('caseload.noCoach')}
      value={coachPersonId}
      disabled={update.isPending}
      onChange={(id) =>
        update.mutate(
          { id: caseId, coachPersonId: id, version },
          { onSuccess: () => notifySuccess(t('reorganisation.coachSaved')) },
        )
      }
    />
  );
};

/** The reorganisation overview: every person with coach, status and chosen move. */
export const ReorganisationPage = () => {
  const { t } = useTranslation('mobility');
  const { reorganisationId } = useParams({ from: '/app/mobiliteit/reorganisaties/$reorganisationId' });
  const r = useReorganisation(reorganisationId);
  const [adding, setAdding] = useState(false);
  const [report, setReport] = useState(false);
  if (r.isPending) return <LoadingState />;
  if (r.isError) return <ErrorState error={r.error} onRetry={() => void r.refetch()} />;
  const d = r.data;
  return (
    <>
      <PageHeader
        title={d.name}
        description={`${t(`reorgStatus.${d.status}`)} · ${t('reorganisations.announcedOn')} ${formatDate(d.announcedOn)}${
          d.endsOn ? ` · ${t('reorganisations.endsOn')} ${formatDate(d.endsOn)}` : ''
        }`}
        actions={
          <>
            <Button variant="light" onClick={() => setReport(true)}>
              {t('reorganisations.report')}
            </Button>
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('reorganisation.add')}
            </Button>
          </>
        }
      />
      {d.description ? <Text mb="md">{d.description}</Text> : null}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} mb="md">
        <Text size="sm">
          {t('reorganisations.people')}: <strong>{d.people}</strong>
        </Text>
        {STATUSES.map((s) => (
          <Text key={s} size="sm">
            {t(`status.${s}`)}: <strong>{d.byStatus[s]}</strong>
          </Text>
        ))}
      </SimpleGrid>
      {d.cases.length === 0 ? (
        <EmptyState title={t('caseload.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseload.person')}</Table.Th>
                <Table.Th>{t('caseload.status')}</Table.Th>
                <Table.Th>{t('caseload.coach')}</Table.Th>
                <Table.Th>{t('caseload.target')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.cases.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.personName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[c.jobTitle, c.unitName].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={150}>
                    <Badge color={STATUS_COLOR[c.status]} variant="light">
                      {t(`status.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td miw={220}>
                    <CoachCell caseId={c.id} coachPersonId={c.coach?.personId ?? null} version={c.version} />
                  </Table.Td>
                  <Table.Td>{c.target?.title ?? '—'}</Table.Td>
                  <Table.Td>
                    <RouterButton
                      size="xs"
                      variant="light"
                      to="/mobiliteit/trajecten/$caseId"
                      params={{ caseId: c.id }}
                    >
                      {t('caseload.plan')}
                    </RouterButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding ? <AddModal id={d.id} onClose={() => setAdding(false)} /> : null}
      {report ? <WorksCouncilReport id={d.id} onClose={() => setReport(false)} /> : null}
    </>
  );
};
