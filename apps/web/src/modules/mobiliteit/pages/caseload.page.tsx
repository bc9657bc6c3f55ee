import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { RouterButton } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useCaseload } from '../api';

export const STATUS_COLOR = {
  orientation: 'blue',
  training: 'violet',
  placed_internal: 'teal',
  placed_external: 'green',
  other: 'gray',
} as const;

/** The coach's caseload (HR: every job-to-job transition). */
export const CaseloadPage = () => {
  const { t } = useTranslation('mobility');
  const me = useMe();
  const cases = useCaseload();
  if (cases.isPending) return <LoadingState />;
  if (cases.isError) return <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('caseload.title')}
        description={hasRole(me.data, 'hr') ? t('caseload.descriptionHr') : t('caseload.descriptionCoach')}
      />
      {cases.data.items.length === 0 ? (
        <EmptyState title={t('caseload.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseload.person')}</Table.Th>
                <Table.Th>{t('caseload.reorganisation')}</Table.Th>
                <Table.Th>{t('caseload.status')}</Table.Th>
                <Table.Th>{t('caseload.coach')}</Table.Th>
                <Table.Th>{t('caseload.target')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.personName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[c.jobTitle, c.unitName].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.reorganisation.name}</Table.Td>
                  <Table.Td miw={150}>
                    <Badge color={STATUS_COLOR[c.status]} variant="light">
                      {t(`status.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.coach?.name ?? (
                      <Text size="sm" c="orange">
                        {t('caseload.noCoach')}
                      </Text>
                    )}
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
    </>
  );
};
