import type { TCampaign, TCampaignResults, TResultGroup } from '@inzetbaar/contracts';
import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { useResults } from '../api';
import { ActionModal, type ActionTarget } from './action-modal';
import { BAND_COLOR, formatScore } from './shared';
import { TrendCard } from './trend-card';

type Scale = TCampaignResults['scales'][number];

/** The released results of a closed campaign: hotspots, scores per group, CBS, notices, trend. */
export const ResultsSection = ({ campaign, canAct }: { campaign: TCampaign; canAct: boolean }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const results = useResults(campaign.id, true);
  const [target, setTarget] = useState<ActionTarget | null>(null);
  if (results.isPending) return <LoadingState />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const scaleOf = new Map(r.scales.map((s) => [s.key, s]));
  const groupName = (g: Pick<TResultGroup, 'kind' | 'name'>) =>
    g.kind === 'rollup' ? t('results.rest', { name: g.name }) : g.name;
  const groups = r.groups.filter((g) => g.cellOf === null);
  const nameOfKey = new Map(groups.map((g) => [g.key, groupName(g)]));

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('results.title')}
      </Title>
      {r.total === null ? (
        <Alert
          color="gray"
          variant="light"
          icon={<IconUsersGroup aria-hidden />}
          title={t('results.tooFewTitle')}
        >
          {t('results.nothingShown', { k: r.minGroupSize })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('results.summary', { n: r.total, k: r.minGroupSize })}
        </Text>
      )}

      {r.hotspots.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h4" mb="xs">
            {t('results.hotspots')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('results.hotspotsHint')}
          </Text>
          <Stack gap="xs">
            {r.hotspots.map((h) => {
              const scale = scaleOf.get(h.scaleKey);
              const label = scale?.label[lang] ?? h.scaleKey;
              const name = nameOfKey.get(h.groupKey) ?? h.groupName;
              return (
                <Group key={`${h.groupKey}-${h.scaleKey}`} justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="xs" wrap="wrap">
                    <Badge color={BAND_COLOR[h.tone]} variant="light">
                      {t(`tone.${h.tone}`)}
                    </Badge>
                    <Text size="sm">
                      <strong>{name}</strong> — {label}: {formatScore(h.mean, lang)}
                    </Text>
                  </Group>
                  {canAct ? (
                    <Button
                      size="xs"
                      variant="light"
                      rightSection={<IconArrowRight size={14} aria-hidden />}
                      onClick={() =>
                        setTarget({
                          groupKey: h.groupKey,
                          groupName: name,
                          scaleKey: h.scaleKey,
                          scaleLabel: label,
                        })
                      }
                      aria-label={t('results.actOn', { scale: label, group: name })}
                    >
                      {t('results.act')}
                    </Button>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        </Paper>
      ) : null}

      {groups.length > 0 ? <ScoresTable scales={r.scales} groups={groups} groupName={groupName} /> : null}

      {r.withheld.length > 0 ? (
        <Stack gap="xs">
          {r.withheld.map((w) => (
            <Alert
              key={w.unitId}
              color="gray"
              variant="light"
              icon={<IconUsersGroup aria-hidden />}
              title={t('results.withheldTitle', { name: w.name })}
            >
              {t(`results.withheld.${w.reason}`, { k: r.minGroupSize })}{' '}
              {w.includedIn
                ? t('results.includedIn', { group: nameOfKey.get(w.includedIn) ?? '' })
                : t('results.includedNowhere')}
            </Alert>
          ))}
        </Stack>
      ) : null}

      <BenchmarkCard results={r} groups={groups} groupName={groupName} />
      {campaign.instruments.map((i) => (
        <TrendCard key={i.id} instrumentId={i.id} name={i.name[lang]} />
      ))}
      <ActionModal campaignId={campaign.id} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
};

const ScoresTable = ({
  scales,
  groups,
  groupName,
}: {
  scales: Scale[];
  groups: TResultGroup[];
  groupName: (g: TResultGroup) => string;
}) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h4" mb="xs">
        {t('results.perGroup')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('results.perGroupHint')}
      </Text>
      <ScrollArea>
        <Table striped miw={Math.max(560, 200 + scales.length * 110)} aria-label={t('results.perGroup')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.group')}</Table.Th>
              <Table.Th ta="right">{t('results.n')}</Table.Th>
              {scales.map((s) => (
                <Table.Th key={s.key} ta="right">
                  {s.label[lang]}
                  <Text span size="xs" c="dimmed" display="block">
                    {s.higherIsWorse ? t('results.higherIsWorse') : t('results.higherIsBetter')}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Td fw={g.kind === 'organization' ? 600 : undefined}>{groupName(g)}</Table.Td>
                <Table.Td ta="right">{g.n}</Table.Td>
                {scales.map((s) => {
                  const v = g.scales[s.key];
                  return (
                    <Table.Td key={s.key} ta="right">
                      {v ? (
                        <Badge
                          color={BAND_COLOR[v.tone]}
                          variant="light"
                          size="lg"
                          // a hotspot is framed (a filled badge would not reach 4.5:1 contrast)
                          style={
                            v.hotspot
                              ? { outline: `2px solid var(--mantine-color-${BAND_COLOR[v.tone]}-7)` }
                              : undefined
                          }
                        >
                          {formatScore(v.mean, lang)}
                        </Badge>
                      ) : (
                        <Text span size="xs" c="dimmed">
                          {t('results.scaleWithheld')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
};

/** The group percentages beside CBS 83157NED for the organisation's sector. */
const BenchmarkCard = ({
  results,
  groups,
  groupName,
}: {
  results: TCampaignResults;
  groups: TResultGroup[];
  groupName: (g: TResultGroup) => string;
}) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const scales = results.scales.filter((s) => s.benchmarkColumn);
  const rows = groups.flatMap((g) =>
    scales.flatMap((s) => {
      const v = g.scales[s.key];
      return v?.benchmark ? [{ g, s, v, b: v.benchmark }] : [];
    }),
  );
  if (rows.length === 0) return null;
  const first = rows[0]?.b;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h4" mb="xs">
        {t('benchmark.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('benchmark.hint', { sector: first?.sectorTitle ?? '', year: first?.year ?? '' })}
      </Text>
      <ScrollArea>
        <Table miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.group')}</Table.Th>
              <Table.Th>{t('benchmark.scale')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.here')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.cbs')}</Table.Th>
              <Table.Th>{t('benchmark.comparison')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ g, s, v, b }) => (
              <Table.Tr key={`${g.key}-${s.key}`}>
                <Table.Td>{groupName(g)}</Table.Td>
                <Table.Td>{s.label[lang]}</Table.Td>
                <Table.Td ta="right">{formatScore(v.mean, lang)}%</Table.Td>
                <Table.Td ta="right">
                  {formatScore(b.value, lang)}%
                  {b.lower !== null && b.upper !== null ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({formatScore(b.lower, lang)}–{formatScore(b.upper, lang)})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={b.comparison === 'worse' ? 'orange' : b.comparison === 'better' ? 'teal' : 'gray'}
                  >
                    {t(`benchmark.${b.comparison}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Text size="xs" c="dimmed" mt="xs">
        {t('benchmark.indicative')} {results.attribution}
      </Text>
    </Paper>
  );
};
