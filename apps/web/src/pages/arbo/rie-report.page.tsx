import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReport } from '../../api/arbo';
import { download } from '../../api/client';
import { notifyError } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { ConsentModal } from './duty-forms';
import { MeasureRows } from './plan.page';
import { ClassBadge, PriorityBadge, useLang } from './shared';
import { useCoverageText } from './toetsing';

/** The RI&E report as a printable page, with the PDF the works council and the expert get. */
export const RieReportPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessmentId } = useParams({ from: '/app/arbo/rie/$assessmentId/rapport' });
  const report = useReport(assessmentId);
  const coverageText = useCoverageText();
  const [busy, setBusy] = useState(false);
  const [consenting, setConsenting] = useState(false);
  const me = useMe();
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const a = r.assessment;
  // Present risks the plan van aanpak does not cover yet (Arbowet art. 5 lid 3)
  const gaps = new Map(a.planGaps.map((g) => [g.riskId, g.reason]));
  const pdf = async () => {
    setBusy(true);
    try {
      await download(
        `/api/v1/rie-assessments/${encodeURIComponent(assessmentId)}/report.pdf`,
        {},
        `rie-${a.year}.pdf`,
      );
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {/* Printing gives the report only: no navigation, header or buttons. */}
      <style>
        {
          '@media print { header, nav, .no-print, .mantine-AppShell-navbar, .mantine-AppShell-header { display: none !important; } .mantine-AppShell-main { padding: 0 !important; } }'
        }
      </style>
      <PageHeader
        title={t('arbo.report.title', { year: a.year })}
        description={`${r.organizationName}${r.unitName ? ` · ${r.unitName}` : ''} · ${r.catalogueTitle[lang]}`}
        actions={
          <Group className="no-print">
            {hasRole(me.data, 'works_council') && a.status !== 'draft' ? (
              <Button variant="default" onClick={() => setConsenting(true)}>
                {t('arbo.dutyForms.recordConsent')}
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('arbo.report.print')}
            </Button>
            <Button
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={busy}
              onClick={() => void pdf()}
            >
              {t('arbo.report.pdf')}
            </Button>
          </Group>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Stack gap={4}>
          <Text size="sm">
            {t('arbo.rie.status')}: {t(`arbo.rie.statuses.${a.status}`)}
            {a.completedOn ? ` (${formatDate(a.completedOn)})` : ''}
          </Text>
          <Text size="sm">
            {t('arbo.report.participants')}:{' '}
            {a.participants.map((p) => `${p.name} (${p.role})`).join(', ') || '—'}
          </Text>
          <Text size="sm">
            {t('arbo.report.consent')}:{' '}
            {r.consents.length
              ? r.consents
                  .map((c) => `${formatDate(c.decidedOn)} ${t(`arbo.report.decision.${c.decision}`)}`)
                  .join('; ')
              : '—'}
          </Text>
          <Text size="sm">
            {t('arbo.report.instrument')}:{' '}
            {a.usesRecognisedBrancheInstrument
              ? a.brancheInstrumentName
                ? t('arbo.branche.named', { name: a.brancheInstrumentName })
                : t('arbo.branche.unnamed')
              : t('arbo.branche.none')}
          </Text>
          <Text size="sm">
            {t('arbo.report.toetsing')}: {r.toetsing.length ? coverageText(r.toetsingCoverage) : '—'}
          </Text>
          {r.toetsing.length ? (
            <Stack gap={2} component="ul" pl="md" my={0}>
              {r.toetsing.map((x) => (
                <Text size="sm" component="li" key={x.id}>
                  {formatDate(x.toetsedOn)}, {t(`arbo.toetsing.scopes.${x.scope}`)}: {x.expertName}
                  {x.expertCertification ? ` (${t(`arbo.toetsing.experts.${x.expertCertification}`)})` : ''}
                  {' — '}
                  {x.verdict ? `${t(`arbo.toetsing.verdicts.${x.verdict}`)}; ` : ''}
                  {x.outcome}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </Paper>
      {r.modules.map((m) => (
        <Paper key={m.moduleId} withBorder p="md" mb="md">
          <Title order={2} size="h4" mb="sm">
            {m.title[lang]}
          </Title>
          <Stack gap="md">
            {m.risks.map((risk) => (
              <Stack key={risk.riskId} gap={4}>
                <Group justify="space-between" align="flex-start">
                  <Text fw={600}>{risk.statement[lang]}</Text>
                  <Group gap={4}>
                    {risk.answer ? (
                      <Badge variant="light" color={risk.answer.answer === 'no' ? 'red' : 'gray'}>
                        {t(`arbo.answer.${risk.answer.answer}`)}
                      </Badge>
                    ) : (
                      <Badge variant="outline">{t('arbo.report.notAnswered')}</Badge>
                    )}
                    {risk.answer?.riskClass ? <ClassBadge riskClass={risk.answer.riskClass} /> : null}
                    {risk.answer?.priority ? <PriorityBadge priority={risk.answer.priority} /> : null}
                  </Group>
                </Group>
                {risk.answer?.answer === 'no' ? (
                  <Text size="sm" c="dimmed">
                    {risk.problem[lang]}
                    {risk.answer.score !== null
                      ? ` (R = ${risk.answer.probability} × ${risk.answer.exposure} × ${risk.answer.effect} = ${risk.answer.score})`
                      : ''}
                  </Text>
                ) : null}
                {risk.answer?.existingMeasures ? (
                  <Text size="sm">
                    {t('arbo.wizard.existing')}: {risk.answer.existingMeasures}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('arbo.wizard.law', { ref: risk.legalReference })}
                </Text>
                {gaps.has(risk.riskId) ? (
                  <Text size="sm" c="orange.9">
                    {t(`arbo.planGaps.reason.${gaps.get(risk.riskId) ?? 'no_measure'}`)}
                  </Text>
                ) : null}
                {risk.measures.length ? (
                  <Table.ScrollContainer minWidth={600}>
                    <Table fz="sm">
                      <Table.Tbody>
                        <MeasureRows measures={risk.measures} />
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                ) : null}
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
      {consenting ? <ConsentModal assessmentId={assessmentId} onClose={() => setConsenting(false)} /> : null}
    </>
  );
};
