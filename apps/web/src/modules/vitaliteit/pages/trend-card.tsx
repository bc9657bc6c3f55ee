import { Paper, ScrollArea, Select, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useTrend } from '../api';
import { formatScore } from './shared';

/** Scores of one questionnaire across closed campaigns, per released group (the organisation first). */
export const TrendCard = ({ instrumentId, name }: { instrumentId: string; name: string }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const trend = useTrend(instrumentId);
  const [groupKey, setGroupKey] = useState<string | null>('org');
  const groups = useMemo(() => {
    const seen = new Map<string, string>();
    for (const s of trend.data?.series ?? []) if (!seen.has(s.groupKey)) seen.set(s.groupKey, s.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [trend.data]);
  if (trend.isPending) return <LoadingState rows={2} />;
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  const d = trend.data;
  if (d.campaigns.length < 2) return null;
  const key = groups.some((g) => g.value === groupKey) ? groupKey : (groups[0]?.value ?? null);
  const series = d.series.filter((s) => s.groupKey === key);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h4" mb="xs">
        {t('trend.title', { name })}
      </Title>
      <Select
        label={t('trend.group')}
        data={groups}
        value={key}
        onChange={setGroupKey}
        allowDeselect={false}
        maw={360}
        mb="sm"
      />
      <ScrollArea>
        <Table miw={200 + d.campaigns.length * 140}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trend.scale')}</Table.Th>
              {d.campaigns.map((c) => (
                <Table.Th key={c.id} ta="right">
                  {c.title}
                  <Text span size="xs" c="dimmed" display="block">
                    {formatDate(c.closesOn)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((s) => {
              const scale = d.scales.find((x) => x.key === s.scaleKey);
              return (
                <Table.Tr key={s.scaleKey}>
                  <Table.Td>{scale?.label[lang] ?? s.scaleKey}</Table.Td>
                  {s.points.map((p) => (
                    <Table.Td key={p.campaignId} ta="right">
                      {p.mean === null ? (
                        <Text span size="xs" c="dimmed">
                          {t('trend.notReleased')}
                        </Text>
                      ) : (
                        formatScore(p.mean, lang)
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
};
