import type { TAbsenceCaseSummary } from '@inzetbaar/contracts';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArchive,
  IconCalendarDown,
  IconCalendarShare,
  IconChartBar,
  IconCheck,
  IconChecks,
  IconFirstAidKit,
} from '@tabler/icons-react';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AbsenceFilter,
  downloadDeadlines,
  useAbsenceNotices,
  useAbsenceSignals,
  useAbsences,
  useMarkAllNoticesRead,
  useMarkNoticeRead,
} from '../../api/absence';
import { notifyError, redirectIfNeeded } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { CaseStatusBadge } from './absence-badges';
import { CalendarFeedModal } from './calendar-feed-modal';
import { ReportSickModal } from './report-sick-modal';

const Deadline = ({ c }: { c: TAbsenceCaseSummary }) => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const first = c.overdue[0];
  if (first)
    return (
      <Stack gap={2}>
        <Text size="sm" c="red.8" fw={600}>
          {t('absence.list.overdueSince', { label: first.label[lang], date: formatDate(first.due) })}
        </Text>
        {c.overdue.length > 1 ? (
          <Text size="xs" c="red.8">
            {t('absence.list.moreOverdue', { count: c.overdue.length - 1 })}
          </Text>
        ) : null}
      </Stack>
    );
  if (c.nextDeadline)
    return (
      <Text size="sm">
        {t('absence.list.nextDeadline', {
          label: c.nextDeadline.label[lang],
          date: formatDate(c.nextDeadline.due),
        })}
      </Text>
    );
  return (
    <Text size="sm" c="dimmed">
      {t('absence.list.noDeadline')}
    </Text>
  );
};

const CasesTable = ({ cases }: { cases: TAbsenceCaseSummary[] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Caption className="sr-only">{t('absence.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('absence.fields.person')}</Table.Th>
            <Table.Th scope="col">{t('fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('absence.fields.firstSickDay')}</Table.Th>
            <Table.Th scope="col">{t('absence.fields.week')}</Table.Th>
            <Table.Th scope="col">{t('absence.fields.deadline')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr
              key={c.id}
              className="clickable-row"
              onClick={() => void navigate({ to: '/verzuim/$caseId', params: { caseId: c.id } })}
              // overdue rows stand out by a red edge as well as by their text
              style={c.overdue.length ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' } : undefined}
            >
              <Table.Td>
                <RouterAnchor
                  to="/verzuim/$caseId"
                  params={{ caseId: c.id }}
                  fw={500}
                  onClick={(e) => e.stopPropagation()}
                >
                  {c.personName}
                </RouterAnchor>
                <Group gap={4} mt={2}>
                  {c.safetyNet ? (
                    <Badge size="xs" variant="outline" color="grape">
                      {t('absence.safetyNetBadge')}
                    </Badge>
                  ) : null}
                  {c.relapse ? (
                    <Badge size="xs" variant="outline" color="orange">
                      {t('absence.signals.relapse')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{c.unitName ?? ''}</Table.Td>
              <Table.Td>{formatDate(c.firstSickDay)}</Table.Td>
              <Table.Td>
                {t('absence.list.week', { week: c.week })}
                {c.status === 'open' && c.workPercentage > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('absence.list.working', { percentage: c.workPercentage })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Deadline c={c} />
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

/**
 * The daily reminder job's in-app notices for me: the newest per task (case and milestone),
 * unread ones first. Marking one read marks the task's older notices too (the server does).
 */
const Notices = () => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const notices = useAbsenceNotices();
  const markRead = useMarkNoticeRead();
  const markAll = useMarkAllNoticesRead();
  const [showRead, setShowRead] = useState(false);
  const seen = new Set<string>();
  const latest = (notices.data?.items ?? []).filter((n) => {
    const key = `${n.caseId}:${n.milestoneKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (latest.length === 0) return null;
  const unread = latest.filter((n) => n.readAt === null);
  const read = latest.filter((n) => n.readAt !== null);
  const shown = showRead ? [...unread, ...read] : unread;
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="notices-title">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id="notices-title">
            {t('absence.notices.title')}
          </Title>
          {unread.length > 0 ? (
            <Badge color="red" variant="filled" aria-hidden>
              {unread.length}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          {read.length > 0 ? (
            <Switch
              size="sm"
              label={t('absence.notices.showRead', { count: read.length })}
              checked={showRead}
              onChange={(e) => setShowRead(e.currentTarget.checked)}
            />
          ) : null}
          {unread.length > 0 ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconChecks size={14} aria-hidden />}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('absence.notices.markAllRead')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {unread.length > 0
          ? t('absence.notices.unread', { count: unread.length })
          : t('absence.notices.allRead')}
      </Text>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.slice(0, 12).map((n) => {
          const isUnread = n.readAt === null;
          const text = n.overdue
            ? t('absence.notices.overdue', { label: n.label[lang], date: formatDate(n.due) })
            : t('absence.notices.due', { label: n.label[lang], date: formatDate(n.due) });
          return (
            <Group key={n.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Text
                size="sm"
                c={n.overdue ? 'red.8' : isUnread ? undefined : 'dimmed'}
                fw={isUnread ? 600 : 400}
              >
                {isUnread ? <VisuallyHidden>{t('absence.notices.new')}: </VisuallyHidden> : null}
                <RouterAnchor to="/verzuim/$caseId" params={{ caseId: n.caseId }} fw={isUnread ? 600 : 500}>
                  {n.personName}
                </RouterAnchor>
                {' — '}
                {text}
              </Text>
              {isUnread ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconCheck size={12} aria-hidden />}
                  loading={markRead.isPending && markRead.variables === n.id}
                  onClick={() => markRead.mutate(n.id)}
                  aria-label={t('absence.notices.markReadFor', { name: n.personName, label: n.label[lang] })}
                >
                  {t('absence.notices.markRead')}
                </Button>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('absence.notices.read')}
                </Text>
              )}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
};

/** Relapse and frequent-absence signals, worded as an invitation to talk, never as blame. */
const Signals = () => {
  const { t } = useTranslation();
  const signals = useAbsenceSignals(true);
  if (!signals.data?.items.length) return null;
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={2} size="h4" mb="xs">
        {t('absence.signals.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('absence.signals.intro')}
      </Text>
      <Stack gap={6}>
        {signals.data.items.map((s) => (
          <Text key={`${s.kind}-${s.personId}-${s.date}`} size="sm">
            {s.caseId ? (
              <RouterAnchor to="/verzuim/$caseId" params={{ caseId: s.caseId }} fw={500}>
                {s.personName}
              </RouterAnchor>
            ) : (
              s.personName
            )}
            {s.unitName ? ` (${s.unitName})` : ''} —{' '}
            {s.kind === 'relapse'
              ? t('absence.signals.relapseText', { date: formatDate(s.date), days: s.count })
              : t('absence.signals.frequentText', { count: s.count })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
};

export const AbsenceListPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const canCaseWork = (['hr', 'manager', 'occupational_physician'] as const).some((r) => hasRole(me.data, r));
  const isEmployeeOnly = !!me.data && !canCaseWork;
  const canReport = hasRole(me.data, 'hr') || hasRole(me.data, 'manager') || hasRole(me.data, 'employee');
  const seesSignals = hasRole(me.data, 'hr') || hasRole(me.data, 'manager');
  const seesStats =
    me.data?.modules.includes('absence') && (seesSignals || hasRole(me.data, 'works_council'));
  // an employee usually has no open case: show their history
  const [filter, setFilter] = useState<AbsenceFilter>(() => ({
    status: isEmployeeOnly ? 'all' : 'open',
    page: 1,
  }));
  const [reportOpen, reportModal] = useDisclosure(false);
  const [feedOpen, feedModal] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  // the works council sees aggregates only: its way into the module is the dashboard
  const aggregatesOnly = !!me.data && !canCaseWork && !hasRole(me.data, 'employee');
  const cases = useAbsences(filter, !aggregatesOnly);
  if (aggregatesOnly) return <Navigate to="/verzuim/dashboard" replace />;

  const update = (patch: Partial<AbsenceFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const ics = async () => {
    setBusy(true);
    try {
      await downloadDeadlines();
    } catch (error) {
      if (!redirectIfNeeded(error)) notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('absence.list.title')}
        description={t(isEmployeeOnly ? 'absence.list.descriptionSelf' : 'absence.list.description')}
        actions={
          <>
            {hasRole(me.data, 'hr') || hasRole(me.data, 'occupational_physician') ? (
              <RouterButton
                to="/verzuim/bewaartermijnen"
                variant="default"
                leftSection={<IconArchive size={16} aria-hidden />}
              >
                {t('absence.retention.title')}
              </RouterButton>
            ) : null}
            {seesStats ? (
              <RouterButton
                to="/verzuim/dashboard"
                variant="default"
                leftSection={<IconChartBar size={16} aria-hidden />}
              >
                {t('absence.dashboard.title')}
              </RouterButton>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              loading={busy}
              onClick={() => void ics()}
            >
              {t('absence.list.calendar')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconCalendarShare size={16} aria-hidden />}
              onClick={feedModal.open}
            >
              {t('absence.feed.button')}
            </Button>
            {canReport ? (
              <Button leftSection={<IconFirstAidKit size={16} aria-hidden />} onClick={reportModal.open}>
                {t(isEmployeeOnly ? 'absence.report.titleSelf' : 'absence.report.title')}
              </Button>
            ) : null}
          </>
        }
      />
      <Notices />
      {seesSignals ? <Signals /> : null}
      <Group mb="md" gap="md" align="flex-end">
        <SegmentedControl
          value={filter.status}
          onChange={(v) => update({ status: v as AbsenceFilter['status'] })}
          data={(['open', 'closed', 'all'] as const).map((s) => ({
            value: s,
            label: t(`absence.list.status.${s}`),
          }))}
          aria-label={t('fields.status')}
        />
        {canCaseWork ? (
          <>
            <UnitSelect
              label={t('fields.unit')}
              value={filter.unitId ?? null}
              onChange={(unitId) => update({ unitId: unitId ?? undefined })}
              w={260}
            />
            <Switch
              label={t('absence.list.overdueOnly')}
              checked={filter.overdue === 'true'}
              onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })}
            />
          </>
        ) : null}
      </Group>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {cases.isPending ? (
          <LoadingState />
        ) : cases.isError ? (
          <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
        ) : cases.data.items.length === 0 ? (
          <EmptyState title={t('absence.list.empty')} />
        ) : (
          <>
            <CasesTable cases={cases.data.items} />
            <PaginationBar
              page={cases.data.page}
              pageSize={cases.data.pageSize}
              total={cases.data.total}
              onChange={(page) => setFilter((f) => ({ ...f, page }))}
            />
          </>
        )}
      </Paper>
      <CalendarFeedModal opened={feedOpen} onClose={feedModal.close} />
      <ReportSickModal
        opened={reportOpen}
        onClose={reportModal.close}
        selfPersonId={isEmployeeOnly ? (me.data?.personId ?? null) : undefined}
      />
    </>
  );
};
