import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/states';
import { useBudget } from '../api';
import { hours, money } from '../shared';

type Ledger = { allotted: number; carriedIn: number; used: number; available: number };

const Meter = ({
  label,
  ledger,
  show,
  pending,
  testId,
}: {
  label: string;
  ledger: Ledger;
  show: (n: number) => string;
  pending: number;
  testId: string;
}) => {
  const { t } = useTranslation('development');
  const total = ledger.allotted + ledger.carriedIn;
  const usedPct = total > 0 ? Math.min(100, (ledger.used / total) * 100) : 0;
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="xl">
          {t('budget.available', { amount: show(ledger.available) })}
        </Text>
        <Progress value={usedPct} aria-label={t('budget.usedShare', { amount: show(ledger.used) })} />
        <Group gap="md">
          <Text size="sm">{t('budget.used', { amount: show(ledger.used) })}</Text>
          <Text size="sm">{t('budget.allotted', { amount: show(ledger.allotted) })}</Text>
          {ledger.carriedIn > 0 ? (
            <Text size="sm">{t('budget.carriedIn', { amount: show(ledger.carriedIn) })}</Text>
          ) : null}
          {pending > 0 ? (
            <Text size="sm" c="orange.8">
              {t('budget.pending', { amount: show(pending) })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
};

/** Money and hours of this year's development budget: used against available. */
export const BudgetSummary = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const budget = useBudget(personId);
  if (budget.isPending) return <LoadingState rows={2} />;
  if (budget.isError) return <ErrorState error={budget.error} />;
  const year = budget.data.years.at(-1);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('budget.title', { year: budget.data.year })}
      </Title>
      {year ? (
        <>
          <Text size="sm" c="dimmed">
            {t('budget.rule', { rule: budget.data.ruleName ?? '' })}
            {year.factor < 1 ? ` ${t('budget.factor', { pct: Math.round(year.factor * 100) })}` : ''}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Meter
              label={t('budget.money')}
              ledger={year.money}
              show={(c) => money(c)}
              pending={budget.data.pending.cents}
              testId="budget-money"
            />
            <Meter
              label={t('budget.hours')}
              ledger={year.hours}
              show={(h) => t('budget.hoursValue', { hours: hours(h) })}
              pending={budget.data.pending.hours}
              testId="budget-hours"
            />
          </SimpleGrid>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('budget.none')}
        </Text>
      )}
    </Stack>
  );
};
