import type { TAbsenceStats } from '@inzetbaar/contracts';
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportAbsenceStats, type StatsQuery, useAbsenceStats } from '../../api/absence';
import { notifyError, redirectIfNeeded } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-links';
import { ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { formatNumber } from '../../lib/format';

const AbsenceChart = lazy(() => import('./absence-chart'));

const iso = (d: Date) => d.toLocaleDateString('en-CA');
const defaultQuery = (): StatsQuery => {
  const to = new Date();
  const from = new Date(to);
  from.setFullYear(to.getFullYear() - 1);
  from.setDate(from.getDate() + 1);
  return { from: iso(from), to: iso(to), groupBy: 'month' };
};

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v.toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
const num = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : v.toLocaleString(undefined, { maximumFractionDigits: digits });

const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <Paper withBorder p="sm">
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text fw={700} size="xl">
      {value}
    </Text>
    {hint ? (
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    ) : null}
  </Paper>
);

const Groups = ({ stats }: { stats: TAbsenceStats }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption className="sr-only">{t('absence.stats.groupsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`absence.stats.groupBy.${stats.groupBy}`)}</Table.Th>
            <Table.Th scope="col">{t('absence.stats.employees')}</Table.Th>
            <Table.Th scope="col">{t('absence.stats.verzuimpercentage')}</Table.Th>
            <Table.Th scope="col">{t('absence.stats.meldingsfrequentie')}</Table.Th>
            <Table.Th scope="col">{t('absence.stats.gemiddeldeVerzuimduur')}</Table.Th>
            <Table.Th scope="col">{t('absence.stats.nulverzuim')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.groups.map((g) => (
            <Table.Tr key={g.key ?? 'none'}>
              <Table.Td>{g.label ?? g.key ?? t('absence.stats.unknownGroup')}</Table.Td>
              {g.suppressed || !g.figures ? (
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    {t(
                      `absence.stats.suppressed.${g.reason === 'complementary' ? 'complementary' : 'small'}`,
                      { n: stats.minGroupSize },
                    )}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>{formatNumber(g.figures.employees)}</Table.Td>
                  <Table.Td>{pct(g.figures.verzuimpercentage)}</Table.Td>
                  <Table.Td>{num(g.figures.meldingsfrequentie)}</Table.Td>
                  <Table.Td>{num(g.figures.gemiddeldeVerzuimduur, 1)}</Table.Td>
                  <Table.Td>{pct(g.figures.nulverzuim)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

/** Verzuimpercentage and the other CBS/Vernet figures next to the CBS sector benchmark. */
export const AbsenceDashboardPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const [query, setQuery] = useState<StatsQuery>(defaultQuery);
  const stats = useAbsenceStats(query);
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const canFilterUnit =
    hasRole(me.data, 'hr') || hasRole(me.data, 'manager') || hasRole(me.data, 'works_council');
  const update = (patch: Partial<StatsQuery>) => setQuery((q) => ({ ...q, ...patch }));

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      await exportAbsenceStats(format, query);
    } catch (error) {
      if (!redirectIfNeeded(error)) notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const s = stats.data;
  const sector = s?.benchmark.sector ?? null;
  const chartData =
    s?.groups
      .filter(
        (g) =>
          !g.suppressed &&
          g.figures?.verzuimpercentage !== null &&
          g.figures?.verzuimpercentage !== undefined,
      )
      .map((g) => ({
        group: g.label ?? g.key ?? '—',
        verzuimpercentage: Math.round((g.figures?.verzuimpercentage ?? 0) * 100) / 100,
      })) ?? [];

  return (
    <>
      <PageHeader
        title={t('absence.dashboard.title')}
        description={t('absence.dashboard.description')}
        actions={(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === format}
            onClick={() => void run(format)}
            aria-label={t('absence.dashboard.exportLabel', { format: format.toUpperCase() })}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      />
      <Stack gap="md">
        <RouterAnchor to="/verzuim" size="sm">
          ← {t('absence.list.title')}
        </RouterAnchor>
        <Group gap="md" align="flex-end">
          <TextInput
            label={t('absence.dashboard.from')}
            type="date"
            value={query.from}
            onChange={(e) => update({ from: e.currentTarget.value })}
          />
          <TextInput
            label={t('absence.dashboard.to')}
            type="date"
            value={query.to}
            onChange={(e) => update({ to: e.currentTarget.value })}
          />
          {canFilterUnit ? (
            <UnitSelect
              label={t('fields.unit')}
              value={query.unitId ?? null}
              onChange={(unitId) => update({ unitId: unitId ?? undefined })}
              w={260}
            />
          ) : null}
          <SegmentedControl
            value={query.groupBy}
            onChange={(v) => update({ groupBy: v as StatsQuery['groupBy'] })}
            data={(['month', 'unit', 'ageBand'] as const).map((g) => ({
              value: g,
              label: t(`absence.stats.groupBy.${g}`),
            }))}
            aria-label={t('absence.dashboard.groupBy')}
          />
        </Group>
        {stats.isPending ? (
          <LoadingState />
        ) : stats.isError ? (
          <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
        ) : s ? (
          <>
            {s.totals === null ? (
              <Alert color="gray" variant="light">
                {t('absence.stats.populationTooSmall', { n: s.minGroupSize })}
              </Alert>
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
                <Figure
                  label={t('absence.stats.verzuimpercentage')}
                  value={pct(s.totals.verzuimpercentage)}
                  hint={
                    sector
                      ? t('absence.stats.benchmarkHint', {
                          value: pct(sector.percentage),
                          sector: sector.title,
                          year: sector.year,
                        })
                      : undefined
                  }
                />
                <Figure
                  label={t('absence.stats.meldingsfrequentie')}
                  value={num(s.totals.meldingsfrequentie)}
                  hint={t('absence.stats.meldingsfrequentieHint')}
                />
                <Figure
                  label={t('absence.stats.gemiddeldeVerzuimduur')}
                  value={num(s.totals.gemiddeldeVerzuimduur, 1)}
                  hint={t('absence.stats.gemiddeldeVerzuimduurHint')}
                />
                <Figure
                  label={t('absence.stats.nulverzuim')}
                  value={pct(s.totals.nulverzuim)}
                  hint={t('absence.stats.headcount', { n: formatNumber(s.totals.employees) })}
                />
              </SimpleGrid>
            )}
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('absence.stats.chartTitle')}
              </Title>
              {chartData.length ? (
                <Suspense fallback={<LoadingState rows={3} />}>
                  <AbsenceChart data={chartData} benchmark={sector?.percentage ?? null} />
                </Suspense>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('absence.stats.noChart')}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt="xs">
                {t('absence.stats.benchmarkSize', {
                  value: pct(s.benchmark.size?.percentage),
                  size: s.benchmark.size?.title ?? '',
                  year: s.benchmark.size?.year ?? '',
                })}{' '}
                {s.benchmark.attribution}
              </Text>
            </Paper>
            {s.groups.length ? (
              <Paper withBorder p="md">
                <Groups stats={s} />
              </Paper>
            ) : null}
            {s.durationClasses ? (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('absence.stats.durationClasses')}
                </Title>
                <Group gap="lg">
                  {s.durationClasses.map((d) => (
                    <Text key={d.key} size="sm">
                      {t(`absence.stats.duration.${d.key}`, { defaultValue: d.key })}:{' '}
                      <strong>{formatNumber(d.count)}</strong>
                    </Text>
                  ))}
                </Group>
              </Paper>
            ) : null}
            {s.frequentAbsentees?.length ? (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb={4}>
                  {t('absence.signals.frequentTitle')}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('absence.signals.intro')}
                </Text>
                {s.frequentAbsentees.map((f) => (
                  <Text key={f.personId} size="sm">
                    {f.personName} — {t('absence.signals.frequentText', { count: f.reports })}
                  </Text>
                ))}
              </Paper>
            ) : null}
          </>
        ) : null}
      </Stack>
    </>
  );
};
