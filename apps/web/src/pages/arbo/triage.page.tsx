import { INCIDENT_STATUSES, type TIncidentReport, type TRieAssessment } from '@inzetbaar/contracts';
import { Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueModule,
  useAssessments,
  useCatalogue,
  useReports,
  useTriageReport,
} from '../../api/arbo';
import { notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { MeasureModal } from './plan.page';
import { useLang } from './shared';

const risksOf = (modules: CatalogueModule[], lang: 'nl' | 'en'): { value: string; label: string }[] =>
  modules.flatMap((m) => [
    ...(m.risks ?? []).map((r) => ({ value: r.id, label: `${m.title[lang]}: ${r.statement[lang]}` })),
    ...risksOf(m.modules ?? [], lang),
  ]);

const ReportCard = ({
  report,
  assessments,
}: {
  report: TIncidentReport;
  /** Newest first: the default for a report not linked yet. */
  assessments: TRieAssessment[];
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const triage = useTriageReport();
  const [assessmentId, setAssessmentId] = useState<string | null>(
    report.assessmentId ?? assessments[0]?.id ?? null,
  );
  const catalogue = useCatalogue(assessments.find((a) => a.id === assessmentId)?.catalogueId);
  const risks = useMemo(() => risksOf(catalogue.data?.modules ?? [], lang), [catalogue.data, lang]);
  const [riskId, setRiskId] = useState<string | null>(report.riskId);
  const [feedback, setFeedback] = useState(report.feedback ?? '');
  const [status, setStatus] = useState<string>(report.status);
  const [newMeasure, setNewMeasure] = useState(false);
  // The vertrouwenspersoon answers the reporter; their reports are not linked to the RI&E or the plan.
  const confidential = report.routedTo === 'confidential';
  // A measure belongs to the plan of the assessment the report was linked to: moving the report unlinks it.
  const moved = !!report.assessmentId && assessmentId !== report.assessmentId;
  const save = (extra: { measureId?: string } = {}) =>
    triage.mutate(
      {
        id: report.id,
        version: report.version,
        // Only a status the user changed: otherwise the server moves a new report to in_progress.
        ...(status !== report.status ? { status: status as TIncidentReport['status'] } : {}),
        feedback: feedback || null,
        ...(assessmentId && !confidential ? { assessmentId, riskId } : {}),
        ...(moved && report.measureId && !confidential ? { measureId: null } : {}),
        ...extra,
      },
      { onSuccess: () => notifySuccess(t('common.saved')) },
    );
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{t(`arbo.incidentType.${report.type}`)}</Text>
            <Text size="sm" c="dimmed">
              {formatDate(report.reportedOn)}
            </Text>
            {report.anonymous ? <Badge variant="outline">{t('arbo.triage.anonymous')}</Badge> : null}
            {confidential ? (
              <Badge variant="light" color="grape">
                {t('arbo.triage.confidential')}
              </Badge>
            ) : null}
            {report.type === 'aggression' && report.byColleague ? (
              <Badge variant="outline">{t('arbo.triage.byColleague')}</Badge>
            ) : null}
          </Group>
          <Badge variant="light">{t(`arbo.reportStatus.${report.status}`)}</Badge>
        </Group>
        <Text>{report.description}</Text>
        <Text size="sm" c="dimmed">
          {[
            report.location,
            report.occurredOn ? t('arbo.triage.occurredOn', { date: formatDate(report.occurredOn) }) : null,
            report.reporterName ? t('arbo.triage.reporter', { name: report.reporterName }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {confidential ? null : assessments.length ? (
          <Group grow align="flex-start">
            <Select
              label={t('arbo.triage.assessment')}
              description={t('arbo.triage.assessmentHint')}
              data={assessments.map((a) => ({
                value: a.id,
                label: `${t('arbo.rie.rieOf', { year: a.year })} · ${t(`arbo.rie.statuses.${a.status}`)}`,
              }))}
              value={assessmentId}
              onChange={(v) => {
                setAssessmentId(v);
                setRiskId(null);
              }}
              allowDeselect={false}
            />
            <Select
              label={t('arbo.triage.risk')}
              data={risks}
              value={riskId}
              onChange={setRiskId}
              searchable
              clearable
              disabled={catalogue.isPending}
            />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('arbo.triage.noAssessment')}
          </Text>
        )}
        <Textarea
          label={t('arbo.triage.feedback')}
          description={t('arbo.triage.feedbackHint')}
          value={feedback}
          onChange={(e) => setFeedback(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="space-between">
          <Select
            aria-label={t('arbo.triage.status')}
            data={INCIDENT_STATUSES.map((s) => ({
              value: s,
              label: t(`arbo.reportStatus.${s}`),
            }))}
            value={status}
            onChange={(v) => setStatus(v ?? 'new')}
            w={180}
          />
          <Group gap="xs">
            {report.measureId && !moved ? (
              <Badge color="teal" variant="light">
                {t('arbo.triage.measureLinked')}
              </Badge>
            ) : null}
            {confidential ? null : (
              <Button variant="default" size="xs" onClick={() => setNewMeasure(true)}>
                {t('arbo.triage.createMeasure')}
              </Button>
            )}
            <Button size="xs" onClick={() => save()} loading={triage.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      {newMeasure ? (
        <MeasureModal
          measure={null}
          initial={{ assessmentId, riskId, description: report.description ?? '' }}
          onClose={(m) => {
            setNewMeasure(false);
            if (m) save({ measureId: m.id });
          }}
        />
      ) : null}
    </Card>
  );
};

/**
 * Triage of reports: hr and the prevention officer get the prevention route (linked to the RI&E and
 * the plan van aanpak), the vertrouwenspersoon the confidential route (feedback and status only).
 * The server lists only the reports of the reader's route(s).
 */
export const TriagePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const isArboStaff = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');
  const reports = useReports();
  const assessments = useAssessments(isArboStaff);
  // Every assessment can be linked (there is no archived state); the newest is the default.
  return (
    <>
      <PageHeader
        title={t('arbo.triage.title')}
        description={t(isArboStaff ? 'arbo.triage.description' : 'arbo.triage.descriptionConfidential')}
      />
      {reports.isPending || (isArboStaff && assessments.isPending) ? (
        <LoadingState />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyState title={t(isArboStaff ? 'arbo.triage.empty' : 'arbo.triage.emptyConfidential')} />
      ) : (
        <Stack>
          {reports.data.items.map((r) => (
            <ReportCard key={`${r.id}:${r.version}`} report={r} assessments={assessments.data?.items ?? []} />
          ))}
        </Stack>
      )}
    </>
  );
};
