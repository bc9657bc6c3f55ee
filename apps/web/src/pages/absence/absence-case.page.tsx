import type { TAbsenceCase, TAbsenceReport } from '@inzetbaar/contracts';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbsence } from '../../api/absence';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-links';
import { ErrorState, LoadingState } from '../../components/states';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { CaseStatusBadge } from './absence-badges';
import { CaseCapabilities } from './case-capabilities';
import { CaseLoonsanctie, CorrectReportModal } from './case-corrections';
import { CaseDocuments } from './case-documents';
import { CaseEvaluations } from './case-evaluations';
import { CaseMedical } from './case-medical';
import { CasePlan } from './case-plan';
import { FullRecoveryModal, PartialRecoveryModal } from './case-recovery';
import { CaseTasks, CaseTimeline } from './case-timeline';

const yes = (t: (k: 'absence.yes' | 'absence.no') => string, v: boolean) =>
  v ? t('absence.yes') : t('absence.no');

/** The sick reports of the case: only the AP-allowed data. */
const Reports = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState<TAbsenceReport | null>(null);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('absence.reports.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('absence.reports.period')}</Table.Th>
              <Table.Th scope="col">{t('absence.fields.contact')}</Table.Th>
              <Table.Th scope="col">{t('absence.fields.currentWork')}</Table.Th>
              <Table.Th scope="col">{t('absence.reports.flags')}</Table.Th>
              {c.permissions.correct ? (
                <Table.Th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.reports.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(r.startDate)} –{' '}
                  {r.endDate ? formatDate(r.endDate) : t('absence.reports.ongoing')}
                  {r.segments.map((s) => (
                    <Text key={s.from} size="xs" c="dimmed">
                      {t('absence.reports.segment', {
                        date: formatDate(s.from),
                        percentage: s.workPercentage,
                      })}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.contactPhone ?? ''}</Text>
                  <Text size="sm">{r.contactAddress ?? ''}</Text>
                  {r.expectedDurationDays ? (
                    <Text size="xs" c="dimmed">
                      {t('absence.reports.expected', { days: r.expectedDurationDays })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.currentWork ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {t('absence.fields.safetyNetShort')}: {yes(t, r.safetyNet)}
                  </Text>
                  <Text size="xs">
                    {t('absence.fields.workAccident')}: {yes(t, r.workAccident)}
                  </Text>
                  <Text size="xs">
                    {t('absence.fields.liableThirdParty')}: {yes(t, r.liableThirdParty)}
                  </Text>
                </Table.Td>
                {c.permissions.correct ? (
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setCorrecting(r)}>
                      {t('absence.correction.button')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {correcting ? (
        <CorrectReportModal caseId={c.id} report={correcting} onClose={() => setCorrecting(null)} />
      ) : null}
      {c.accidents.length ? (
        <Text size="sm" mt="sm">
          {t('absence.reports.accidents', {
            dates: c.accidents.map((a) => formatDate(a.occurredOn)).join(', '),
          })}
        </Text>
      ) : null}
    </Paper>
  );
};

export const AbsenceCasePage = () => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caseId } = useParams({ from: '/app/verzuim/$caseId' });
  const me = useMe();
  const c = useAbsence(caseId);
  const [modal, setModal] = useState<'partial' | 'full' | null>(null);

  if (c.isPending) return <LoadingState />;
  if (c.isError) return <ErrorState error={c.error} onRetry={() => void c.refetch()} />;
  const data = c.data;
  const own = data.personId === me.data?.personId;
  // sick and recovery reports: hr, the manager (their units), and the employee for themself
  const canReport = data.status === 'open' && (own || data.permissions.casework);

  return (
    <>
      <PageHeader
        title={data.personName}
        description={
          <Group gap="xs">
            <CaseStatusBadge status={data.status} />
            {data.safetyNet ? (
              <Badge variant="outline" color="grape">
                {t('absence.safetyNetBadge')}
              </Badge>
            ) : null}
            {data.relapse ? (
              <Badge variant="outline" color="orange">
                {t('absence.signals.relapse')}
              </Badge>
            ) : null}
            <span>
              {data.unitName ? `${data.unitName} · ` : ''}
              {t('absence.case.since', {
                date: formatDate(data.firstSickDay),
                week: data.week,
                days: data.sickDays,
              })}
            </span>
          </Group>
        }
        actions={
          canReport ? (
            <>
              <Button variant="default" onClick={() => setModal('partial')}>
                {t('absence.recovery.partial')}
              </Button>
              <Button onClick={() => setModal('full')}>{t('absence.recovery.full')}</Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <RouterAnchor to="/verzuim" size="sm">
          ← {t('absence.list.title')}
        </RouterAnchor>
        {data.overdue.length ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('absence.case.overdueTitle')}
          >
            {data.overdue.map((o) => `${o.label[lang]} (${formatDate(o.due)})`).join(' · ')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Paper withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('absence.case.next')}
            </Text>
            <Text fw={600}>
              {data.nextDeadline
                ? `${data.nextDeadline.label[lang]} — ${formatDate(data.nextDeadline.due)}`
                : t('absence.list.noDeadline')}
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('absence.case.working')}
            </Text>
            <Text fw={600}>{`${data.workPercentage}%`}</Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('absence.case.relapseUntil')}
            </Text>
            <Text fw={600}>{data.relapseMergesUntil ? formatDate(data.relapseMergesUntil) : '—'}</Text>
          </Paper>
        </SimpleGrid>
        <CaseTasks c={data} />
        {/* the physician's own work first; nobody else gets this panel (and the API refuses them) */}
        {data.permissions.medical ? <CaseMedical caseId={data.id} /> : null}
        <CaseTimeline c={data} />
        <Reports c={data} />
        {data.permissions.casework && (data.week >= 88 || data.loonsanctieWeeks) ? (
          <CaseLoonsanctie c={data} />
        ) : null}
        <CaseCapabilities c={data} />
        <CaseDocuments c={data} />
        <CasePlan c={data} />
        <CaseEvaluations c={data} />
      </Stack>
      {modal === 'partial' ? <PartialRecoveryModal caseId={data.id} onClose={() => setModal(null)} /> : null}
      {modal === 'full' ? <FullRecoveryModal caseId={data.id} onClose={() => setModal(null)} /> : null}
    </>
  );
};
