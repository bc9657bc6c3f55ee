import type { TMeasure, TRieAnswer, TRieAssessment } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NavLink,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueModule,
  type CatalogueRisk,
  useAnswers,
  useAssessment,
  useCatalogue,
  useMeasures,
  useSaveAnswer,
  useUpdateAssessment,
} from '../../api/arbo';
import { notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-links';
import { ErrorState, LoadingState } from '../../components/states';
import { PlanGapsAlert, RiskMeasures } from './rie-plan-parts';
import { ClassBadge, FK_B, FK_E, FK_W, fkClass, fkScore, PriorityBadge, scaleKey, useLang } from './shared';
import { BrancheInstrument, OwnRiskModal, Participants } from './wizard-extras';

type Answer = TRieAnswer['answer'];

/** A module and its sub-modules in order, each with whether it applies (a "no" switches off everything inside). */
const subModules = (
  m: CatalogueModule,
  answers: Record<string, boolean>,
  parentOn = true,
): { module: CatalogueModule; on: boolean }[] => {
  const on = parentOn && (!m.profileQuestion || answers[m.id] !== false);
  return [{ module: m, on }, ...(m.modules ?? []).flatMap((sub) => subModules(sub, answers, on))];
};

const RiskCard = ({
  risk,
  answer,
  editable,
  assessmentId,
  plan,
}: {
  risk: CatalogueRisk;
  answer: TRieAnswer | undefined;
  editable: boolean;
  assessmentId: string;
  /** The plan van aanpak of the RI&E: shown for a risk that is present. */
  plan: { measures: readonly TMeasure[]; canWrite: boolean; isLocked: boolean };
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveAnswer(assessmentId);
  const [value, setValue] = useState<Answer | null>(answer?.answer ?? null);
  const [existing, setExisting] = useState(answer?.existingMeasures ?? '');
  const [notes, setNotes] = useState(answer?.notes ?? '');
  const [w, setW] = useState<string | null>(answer?.probability != null ? String(answer.probability) : null);
  const [b, setB] = useState<string | null>(answer?.exposure != null ? String(answer.exposure) : null);
  const [e, setE] = useState<string | null>(answer?.effect != null ? String(answer.effect) : null);
  const [priority, setPriority] = useState<string>(answer?.priority ?? 'medium');
  const [error, setError] = useState<string | null>(null);
  const preview = w && b && e ? fkScore(Number(w), Number(b), Number(e)) : null;

  const evaluation =
    value !== 'no'
      ? null
      : risk.evaluationMethod === 'fine_kinney'
        ? w && b && e
          ? { method: 'fine_kinney' as const, probability: Number(w), exposure: Number(b), effect: Number(e) }
          : null
        : risk.evaluationMethod === 'direct'
          ? { method: 'direct' as const, priority: priority as 'high' | 'medium' | 'low' }
          : { method: 'fixed' as const };

  const submit = () => {
    if (!value) return;
    setError(null);
    save.mutate(
      {
        riskId: risk.id,
        answer: value,
        existingMeasures: existing || null,
        notes: notes || null,
        evaluation,
        ...(answer ? { version: answer.version } : {}),
      },
      {
        onSuccess: () => notifySuccess(t('arbo.wizard.saved')),
        onError: (err) =>
          setError(isApiError(err) ? (err.fieldErrors[0]?.message ?? err.title) : t('errors.unexpected')),
      },
    );
  };

  const scale = (values: readonly number[], dim: 'w' | 'b' | 'e') =>
    values.map((v) => ({
      value: String(v),
      label: `${v} — ${t(`arbo.fk.${dim}.${scaleKey(v)}` as 'arbo.fk.w.10')}`,
    }));

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600}>{risk.statement[lang]}</Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {risk.type === 'top5' ? <Badge color="red">{t('arbo.wizard.top5')}</Badge> : null}
            {risk.isOwn ? <Badge variant="outline">{t('arbo.wizard.own')}</Badge> : null}
            {answer?.riskClass ? <ClassBadge riskClass={answer.riskClass} /> : null}
            {answer?.priority ? <PriorityBadge priority={answer.priority} /> : null}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {risk.problem[lang]}
        </Text>
        <Text size="xs" c="dimmed">
          {t('arbo.wizard.law', { ref: risk.legalReference })}
        </Text>
        <SegmentedControl
          disabled={!editable}
          value={value ?? ''}
          onChange={(v) => setValue(v as Answer)}
          data={(['yes', 'no', 'not_applicable', 'postponed'] as const).map((a) => ({
            value: a,
            label: t(`arbo.answer.${a}`),
          }))}
          aria-label={t('arbo.wizard.answerLabel')}
        />
        <Textarea
          label={t('arbo.wizard.existing')}
          value={existing}
          onChange={(ev) => setExisting(ev.currentTarget.value)}
          disabled={!editable}
          autosize
          minRows={1}
        />
        {value === 'no' && risk.evaluationMethod === 'fine_kinney' ? (
          <Stack gap="xs">
            <Group grow align="flex-end">
              <Select
                label={t('arbo.fk.wLabel')}
                data={scale(FK_W, 'w')}
                value={w}
                onChange={setW}
                disabled={!editable}
              />
              <Select
                label={t('arbo.fk.bLabel')}
                data={scale(FK_B, 'b')}
                value={b}
                onChange={setB}
                disabled={!editable}
              />
              <Select
                label={t('arbo.fk.eLabel')}
                data={scale(FK_E, 'e')}
                value={e}
                onChange={setE}
                disabled={!editable}
              />
            </Group>
            {preview !== null ? (
              <Group gap="xs">
                <Text size="sm">{t('arbo.fk.score', { w, b, e, score: preview })}</Text>
                <ClassBadge riskClass={fkClass(preview)} />
              </Group>
            ) : null}
          </Stack>
        ) : null}
        {value === 'no' && risk.evaluationMethod === 'direct' ? (
          <SegmentedControl
            disabled={!editable}
            value={priority}
            onChange={setPriority}
            data={(['high', 'medium', 'low'] as const).map((p) => ({
              value: p,
              label: t(`arbo.priority.${p}`),
            }))}
            aria-label={t('arbo.wizard.priorityLabel')}
          />
        ) : null}
        {value === 'no' && risk.evaluationMethod === 'fixed' ? (
          <Text size="sm">{t('arbo.wizard.fixed')}</Text>
        ) : null}
        <Textarea
          label={t('arbo.wizard.notes')}
          value={notes}
          onChange={(ev) => setNotes(ev.currentTarget.value)}
          disabled={!editable}
          autosize
          minRows={1}
        />
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        {answer?.answer === 'no' ? <RiskMeasures assessmentId={assessmentId} risk={risk} {...plan} /> : null}
        {editable ? (
          <Group justify="flex-end">
            <Button
              size="xs"
              onClick={submit}
              loading={save.isPending}
              disabled={!value || (value === 'no' && !evaluation)}
            >
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
};

const StatusActions = ({ a }: { a: TRieAssessment }) => {
  const { t } = useTranslation();
  const update = useUpdateAssessment(a.id);
  const [error, setError] = useState<unknown>(null);
  const go = (status: TRieAssessment['status'], message: string) =>
    update.mutate(
      { version: a.version, status },
      { onSuccess: () => notifySuccess(message), onError: setError },
    );
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {a.status === 'draft' ? (
          <Button onClick={() => go('complete', t('arbo.wizard.completed'))}>
            {t('arbo.wizard.complete')}
          </Button>
        ) : null}
        {a.status === 'complete' ? (
          <>
            <Button variant="default" onClick={() => go('draft', t('arbo.wizard.reopened'))}>
              {t('arbo.wizard.reopen')}
            </Button>
            <Button onClick={() => go('locked', t('arbo.wizard.locked'))}>{t('arbo.wizard.lock')}</Button>
          </>
        ) : null}
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </Stack>
  );
};

export const RieWizardPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessmentId } = useParams({ from: '/app/arbo/rie/$assessmentId' });
  const me = useMe();
  const canWrite = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');
  const assessment = useAssessment(assessmentId);
  const catalogue = useCatalogue(assessment.data?.catalogueId);
  const answers = useAnswers(assessmentId);
  const measures = useMeasures({ assessmentId });
  const update = useUpdateAssessment(assessmentId);
  const [moduleId, setModuleId] = useState<string | null>(null);
  const [addingRisk, setAddingRisk] = useState<CatalogueModule | null>(null);
  const byRisk = useMemo(
    () => new Map((answers.data?.items ?? []).map((x) => [x.riskId, x])),
    [answers.data],
  );

  if (assessment.isPending || catalogue.isPending || answers.isPending) return <LoadingState />;
  if (assessment.isError) return <ErrorState error={assessment.error} />;
  if (catalogue.isError) return <ErrorState error={catalogue.error} />;
  if (answers.isError) return <ErrorState error={answers.error} />;
  const a = assessment.data;
  const editable = canWrite && a.status === 'draft';
  const current = catalogue.data.modules.find((m) => m.id === (moduleId ?? catalogue.data.modules[0]?.id));
  const progress = new Map(a.progress.map((p) => [p.moduleId, p]));
  const plan = { measures: measures.data?.items ?? [], canWrite, isLocked: a.status === 'locked' };

  const setProfile = (id: string, on: boolean) =>
    update.mutate({ version: a.version, profileAnswers: { ...a.profileAnswers, [id]: on } });

  return (
    <>
      <PageHeader
        title={t('arbo.rie.rieOf', { year: a.year })}
        description={`${catalogue.data.title[lang]} · ${t(`arbo.rie.statuses.${a.status}`)}`}
        actions={
          <Group>
            <RouterButton variant="default" to="/arbo/rie/$assessmentId/rapport" params={{ assessmentId }}>
              {t('arbo.rie.report')}
            </RouterButton>
            {canWrite ? <StatusActions a={a} /> : null}
          </Group>
        }
      />
      {a.status !== 'draft' ? (
        <Alert variant="light" mb="md">
          {a.status === 'locked' ? t('arbo.wizard.lockedHint') : t('arbo.wizard.completeHint')}
        </Alert>
      ) : null}
      <PlanGapsAlert a={a} catalogue={catalogue.data} onOpenModule={setModuleId} />
      <Participants a={a} editable={editable} />
      <BrancheInstrument key={a.version} a={a} editable={canWrite && a.status !== 'locked'} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs" component="nav" aria-label={t('arbo.wizard.modules')}>
            {catalogue.data.modules.map((m) => {
              const p = progress.get(m.id);
              const pct = p?.total ? Math.round((p.evaluated / p.total) * 100) : 0;
              return (
                <NavLink
                  key={m.id}
                  active={current?.id === m.id}
                  onClick={() => setModuleId(m.id)}
                  label={m.title[lang]}
                  description={
                    p?.active ? (
                      <Stack gap={2}>
                        <Text size="xs" c="var(--mantine-color-text)">
                          {t('arbo.rie.progressText', { done: p.evaluated, count: p.total })}
                        </Text>
                        <Progress value={pct} size="xs" aria-label={t('arbo.rie.progressLabel', { pct })} />
                      </Stack>
                    ) : (
                      t('arbo.wizard.off')
                    )
                  }
                />
              );
            })}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {current ? (
            <Stack>
              <Title order={2} size="h3">
                {current.title[lang]}
              </Title>
              {subModules(current, a.profileAnswers).map(({ module: m, on }) => (
                <Stack key={m.id} gap="sm">
                  {m.id !== current.id ? (
                    <Title order={3} size="h5">
                      {m.title[lang]}
                    </Title>
                  ) : null}
                  {m.profileQuestion ? (
                    <Switch
                      label={m.profileQuestion[lang]}
                      checked={a.profileAnswers[m.id] !== false}
                      disabled={!editable || update.isPending}
                      onChange={(ev) => setProfile(m.id, ev.currentTarget.checked)}
                    />
                  ) : null}
                  {on && editable && m.risks ? (
                    <Button variant="subtle" size="xs" w="fit-content" onClick={() => setAddingRisk(m)}>
                      {t('arbo.ownRisk.add')}
                    </Button>
                  ) : null}
                  {on
                    ? (m.risks ?? []).map((r) => (
                        <RiskCard
                          key={`${r.id}:${byRisk.get(r.id)?.version ?? 0}`}
                          risk={r}
                          answer={byRisk.get(r.id)}
                          editable={editable}
                          assessmentId={assessmentId}
                          plan={plan}
                        />
                      ))
                    : null}
                </Stack>
              ))}
            </Stack>
          ) : null}
        </Grid.Col>
      </Grid>
      {addingRisk ? (
        <OwnRiskModal catalogueId={a.catalogueId} module={addingRisk} onClose={() => setAddingRisk(null)} />
      ) : null}
    </>
  );
};
