import type { TLloDashboard } from '@inzetbaar/contracts';
import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useLloDashboard } from '../api';
import { hours, LLO_PATHS, money, percent } from '../shared';

type Figures = NonNullable<TLloDashboard['organization']['figures']>;

const Tile = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <Paper withBorder p="md">
    <Text size="sm" c="dimmed">
      {label}
    </Text>
    <Text fw={700} size={value.length > 16 ? 'lg' : 'xl'}>
      {value}
    </Text>
    {hint ? (
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    ) : null}
  </Paper>
);

const Tiles = ({ f }: { f: Figures }) => {
  const { t } = useTranslation('development');
  const total = f.budgetAvailableCents;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
      <Tile
        label={t('dashboard.participation')}
        value={percent(f.participationPercent)}
        hint={t('dashboard.participationHint')}
      />
      <Tile
        label={t('dashboard.hoursPerFte')}
        value={hours(f.hoursPerFte)}
        hint={t('dashboard.hoursPerFteHint')}
      />
      <Tile
        label={t('dashboard.budget')}
        value={t('dashboard.budgetValue', { used: money(f.budgetUsedCents), total: money(total) })}
        hint={t('dashboard.budgetHint', { pct: percent(total ? (f.budgetUsedCents / total) * 100 : 0) })}
      />
      <Tile
        label={t('dashboard.coverage')}
        value={percent(f.skillCoveragePercent)}
        hint={t('dashboard.coverageHint')}
      />
      <Tile
        label={t('dashboard.expiring')}
        value={String(f.certificatesExpiring)}
        hint={t('dashboard.expiringHint')}
      />
      <Tile label={t('dashboard.talks')} value={percent(f.talkPercent)} hint={t('dashboard.talksHint')} />
    </SimpleGrid>
  );
};

/** The LLO dashboard for HR and the works council: aggregates only, small groups hidden. */
export const LloDashboardPage = (): ReactElement => {
  const { t } = useTranslation('development');
  const d = useLloDashboard();
  if (d.isPending) return <LoadingState />;
  if (d.isError) return <ErrorState error={d.error} onRetry={() => void d.refetch()} />;
  const data = d.data;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description', { date: formatDate(data.asOf), year: data.year })}
      />
      <Stack>
        {data.minGroupSize > 1 ? (
          <Alert color="blue" variant="light">
            {t('dashboard.suppression', { n: data.minGroupSize })}
          </Alert>
        ) : null}
        {data.organization.figures ? (
          <Tiles f={data.organization.figures} />
        ) : (
          <Text>{t('dashboard.suppressed')}</Text>
        )}
        <Title order={2} size="h4">
          {t('dashboard.perUnit')}
        </Title>
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.unit')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.people')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.participation')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.hoursPerFte')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.budgetUsed')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.budgetAvailable')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.coverage')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.expiring')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.talks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.units.map((u) => (
                <Table.Tr key={u.unitId ?? 'none'}>
                  <Table.Td>{u.unitId ? u.unitName : t('dashboard.noUnit')}</Table.Td>
                  {u.figures ? (
                    <>
                      <Table.Td ta="right">{u.figures.people}</Table.Td>
                      <Table.Td ta="right">{percent(u.figures.participationPercent)}</Table.Td>
                      <Table.Td ta="right">{hours(u.figures.hoursPerFte)}</Table.Td>
                      <Table.Td ta="right">{money(u.figures.budgetUsedCents)}</Table.Td>
                      <Table.Td ta="right">{money(u.figures.budgetAvailableCents)}</Table.Td>
                      <Table.Td ta="right">{percent(u.figures.skillCoveragePercent)}</Table.Td>
                      <Table.Td ta="right">{u.figures.certificatesExpiring}</Table.Td>
                      <Table.Td ta="right">{percent(u.figures.talkPercent)}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={8}>
                      <Text size="sm" c="dimmed">
                        {t('dashboard.hiddenGroup', { n: data.minGroupSize })}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {t('dashboard.definitions')}{' '}
          <RouterAnchor to={LLO_PATHS.about} size="xs">
            {t('about.link')}
          </RouterAnchor>
        </Text>
      </Stack>
    </>
  );
};
