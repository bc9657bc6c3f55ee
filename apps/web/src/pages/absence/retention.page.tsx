import type { TRetentionReport } from '@inzetbaar/contracts';
import { Alert, Badge, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetentionReport } from '../../api/retention';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';

const HORIZONS = [0, 30, 90, 365] as const;

const Rules = ({ report }: { report: TRetentionReport }) => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Title order={2} size="h4" mb="xs">
        {t('absence.retention.rules')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('absence.retention.recordType')}</Table.Th>
              <Table.Th>{t('absence.retention.period')}</Table.Th>
              <Table.Th>{t('absence.retention.holds')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rules.map((r) => (
              <Table.Tr key={r.recordType}>
                <Table.Td fw={600}>{r.label[lang]}</Table.Td>
                <Table.Td>
                  {t(`absence.retention.after.${r.after}`, { years: r.years })}
                  {r.action === 'withdraw_release' ? ` — ${t('absence.retention.withdraw')}` : ''}
                  <Text size="xs" c="dimmed">
                    {r.source}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.holds[lang]}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
};

/**
 * Retention dry run for HR (and the physician): the rule per record type and what the daily job
 * removes on its next run and in the coming days. Nothing is removed from this page.
 */
export const RetentionPage = () => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [horizon, setHorizon] = useState<(typeof HORIZONS)[number]>(90);
  const report = useRetentionReport(horizon);
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const label = (recordType: string) =>
    r.rules.find((x) => x.recordType === recordType)?.label[lang] ?? recordType;
  return (
    <>
      <PageHeader title={t('absence.retention.title')} description={t('absence.retention.description')} />
      <Stack>
        <Rules report={r} />
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('absence.retention.planned')}
            </Title>
            <SegmentedControl
              value={String(horizon)}
              onChange={(v) => setHorizon(Number(v) as (typeof HORIZONS)[number])}
              data={HORIZONS.map((h) => ({
                value: String(h),
                label:
                  h === 0 ? t('absence.retention.nextRun') : t('absence.retention.withinDays', { count: h }),
              }))}
              aria-label={t('absence.retention.horizon')}
            />
            {r.medicalFiles && r.medicalFiles.due + r.medicalFiles.upcoming > 0 ? (
              <Alert variant="light">
                {t('absence.retention.medicalCount', {
                  due: r.medicalFiles.due,
                  upcoming: r.medicalFiles.upcoming,
                })}
              </Alert>
            ) : null}
            {r.items.length === 0 ? (
              <EmptyState title={t('absence.retention.empty', { date: formatDate(r.until) })} />
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('absence.retention.removedOn')}</Table.Th>
                      <Table.Th>{t('absence.retention.recordType')}</Table.Th>
                      <Table.Th>{t('absence.retention.person')}</Table.Th>
                      <Table.Th>{t('absence.retention.from')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.items.map((i) => (
                      <Table.Tr key={`${i.recordType}:${i.personId}:${i.caseId ?? ''}`}>
                        <Table.Td>
                          {formatDate(i.removedOn)}{' '}
                          {i.due ? (
                            <Badge color="red" variant="light" size="sm">
                              {t('absence.retention.due')}
                            </Badge>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{label(i.recordType)}</Table.Td>
                        <Table.Td>
                          {i.caseId && i.recordType === 'reintegration_file' ? (
                            <RouterAnchor to="/verzuim/$caseId" params={{ caseId: i.caseId }}>
                              {i.personName}
                            </RouterAnchor>
                          ) : (
                            i.personName
                          )}
                        </Table.Td>
                        <Table.Td>{formatDate(i.from)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
};
