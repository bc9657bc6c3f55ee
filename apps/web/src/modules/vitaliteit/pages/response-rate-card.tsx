import { Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { useResponseRate } from '../api';
import { formatScore } from './shared';

/** Response rate per unit with its sub-units; counts below k are not shown (the server leaves them out). */
export const ResponseRateCard = ({ campaignId }: { campaignId: string }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  // The server gives the rate as a percentage with one decimal.
  const pct = (r: number | null) => (r === null ? null : `${formatScore(r, lang)}%`);
  const rate = useResponseRate(campaignId);
  if (rate.isPending) return <LoadingState rows={3} />;
  if (rate.isError) return <ErrorState error={rate.error} onRetry={() => void rate.refetch()} />;
  const d = rate.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="xs">
        {t('rate.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {d.responses === null
          ? t('rate.totalBelowK', { invited: d.invited, k: d.minGroupSize })
          : t('rate.total', { responses: d.responses, invited: d.invited, rate: pct(d.rate) })}
      </Text>
      <ScrollArea>
        <Table miw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rate.unit')}</Table.Th>
              <Table.Th ta="right">{t('rate.invited')}</Table.Th>
              <Table.Th ta="right">{t('rate.responses')}</Table.Th>
              <Table.Th ta="right">{t('rate.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.units.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td ta="right">{u.invited}</Table.Td>
                <Table.Td ta="right">
                  {u.responses ?? (
                    <Text span size="sm" c="dimmed">
                      {t('rate.hidden', { k: d.minGroupSize })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{pct(u.rate) ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
};
