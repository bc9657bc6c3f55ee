import type { TAccidentList } from '@inzetbaar/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { todayIso } from './shared';

export type Period = { from: string; to: string };

/** The last 12 months up to today: the day after "today minus a year" to today. */
export const last12Months = (): Period => {
  const to = todayIso();
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return { from: d.toISOString().slice(0, 10), to };
};

export const PeriodFilter = ({
  value,
  onChange,
  invalid,
}: {
  value: Period;
  onChange: (p: Period) => void;
  invalid: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('arbo.accidents.period')}>
      <TextInput
        type="date"
        label={t('arbo.accidents.from')}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
        error={invalid ? t('arbo.accidents.periodInvalid') : undefined}
      />
      <TextInput
        type="date"
        label={t('arbo.accidents.to')}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
      <Button variant="default" onClick={() => onChange(last12Months())}>
        {t('arbo.accidents.last12Months')}
      </Button>
    </Group>
  );
};

const nl = (n: number | null) => (n === null ? '—' : n.toLocaleString('nl-NL'));

const Stat = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
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

/** Frequency figures for the organisation and per unit: per 100 people and per 1,000,000 hours worked. */
export const AccidentFigures = ({ data }: { data: TAccidentList }) => {
  const { t } = useTranslation();
  const o = data.organisation;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Text fw={600} component="h2">
          {t('arbo.accidents.figures', {
            from: formatDate(data.period.from),
            to: formatDate(data.period.to),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Stat
            label={t('arbo.accidents.count')}
            value={nl(o.accidents)}
            hint={t('arbo.accidents.ofWhichLostTime', { count: o.lostTimeAccidents })}
          />
          <Stat label={t('arbo.accidents.per100')} value={nl(o.per100People)} />
          <Stat label={t('arbo.accidents.ltif')} value={nl(o.lostTimePerMillionHours)} />
          <Stat
            label={t('arbo.accidents.hours')}
            value={nl(o.hoursWorked)}
            hint={`${t('arbo.accidents.people')}: ${nl(o.averageHeadcount)}`}
          />
        </SimpleGrid>
        <Text fw={600} size="sm" component="h3">
          {t('arbo.accidents.perUnit')}
        </Text>
        <Table.ScrollContainer minWidth={760}>
          <Table fz="sm" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('arbo.accidents.unit')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.count')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.lostTime')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.absenceDays')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.people')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.hours')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.per100')}</Table.Th>
                <Table.Th ta="right">{t('arbo.accidents.ltif')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.perUnit.map((u) => (
                <Table.Tr key={u.unitId ?? 'none'}>
                  <Table.Td>{u.unitName ?? t('arbo.accidents.noUnit')}</Table.Td>
                  <Table.Td ta="right">{u.accidents}</Table.Td>
                  <Table.Td ta="right">{u.lostTimeAccidents}</Table.Td>
                  <Table.Td ta="right">{u.absenceWorkingDays}</Table.Td>
                  {u.suppressed ? (
                    <Table.Td colSpan={4} ta="right">
                      <Text size="xs" c="dimmed" fs="italic">
                        {t('arbo.accidents.suppressed')}
                      </Text>
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td ta="right">{nl(u.averageHeadcount)}</Table.Td>
                      <Table.Td ta="right">{nl(u.hoursWorked)}</Table.Td>
                      <Table.Td ta="right">{nl(u.per100People)}</Table.Td>
                      <Table.Td ta="right">{nl(u.lostTimePerMillionHours)}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {t('arbo.accidents.method')}
        </Text>
      </Stack>
    </Paper>
  );
};
