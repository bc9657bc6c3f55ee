import { Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useWorksCouncilReport } from '../api';

const STATUSES = ['orientation', 'training', 'placed_internal', 'placed_external', 'other'] as const;

/** The works council's report: counts only. */
export const WorksCouncilReport = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const { t } = useTranslation('mobility');
  const report = useWorksCouncilReport(id);
  return (
    <Modal opened onClose={onClose} title={t('report.title')}>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} />
      ) : (
        <Stack>
          <Text fw={500}>{report.data.reorganisation.name}</Text>
          <Text size="sm" c="dimmed">
            {t('report.description', { date: formatDate(report.data.generatedOn) })}
          </Text>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('report.people')}</Table.Td>
                <Table.Td>{report.data.people}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('report.withCoach')}</Table.Td>
                <Table.Td>{report.data.withCoach}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('report.withPopGoals')}</Table.Td>
                <Table.Td>{report.data.withPopGoals}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <SimpleGrid cols={2}>
            {STATUSES.map((s) => (
              <Text key={s} size="sm">
                {t(`status.${s}`)}: <strong>{report.data.byStatus[s]}</strong>
              </Text>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Modal>
  );
};
