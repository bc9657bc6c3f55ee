import type { TMySurveyDetail } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy, IconShieldLock } from '@tabler/icons-react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type ReactElement, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../api/errors';
import { PageHeader } from '../../../components/page-header';
import { RouterButton } from '../../../components/router-links';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { useMySurvey, useSaveAnswers, useSubmitSurvey } from '../api';
import { VITALITY_PATHS } from '../paths';
import type { Answers, FormInstrument, FormItem } from './instrument-types';

/** Answering a questionnaire: one section per step (phone first), saved on every step, sent once. */
export const AnswerPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const { campaignId } = useParams({ from: `/app${VITALITY_PATHS.answer}` });
  const survey = useMySurvey(campaignId);
  if (survey.isPending) return <LoadingState />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  const s = survey.data;
  if (s.status === 'submitted' || s.campaignStatus !== 'open')
    return (
      <>
        <PageHeader title={s.title} />
        <Alert variant="light" color={s.status === 'submitted' ? 'teal' : 'gray'} maw={640}>
          <Stack gap="xs" align="flex-start">
            <span>{s.status === 'submitted' ? t('answer.alreadySent') : t('answer.notOpen')}</span>
            {s.status === 'submitted' ? (
              <RouterButton to={VITALITY_PATHS.feedback} params={{ campaignId }} size="xs">
                {t('mine.viewFeedback')}
              </RouterButton>
            ) : null}
          </Stack>
        </Alert>
      </>
    );
  return <AnswerForm survey={s} />;
};

const AnswerForm = ({ survey }: { survey: TMySurveyDetail }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const navigate = useNavigate();
  const campaignId = survey.campaignId;
  const instruments = survey.instruments as unknown as FormInstrument[];
  const steps = useMemo(
    () =>
      instruments.flatMap((instrument) => instrument.sections.map((section) => ({ instrument, section }))),
    [instruments],
  );
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(instruments.map((i) => [i.id, { ...(survey.answers[i.id] ?? {}) }])),
  );
  const [step, setStep] = useState(0);
  const [confirmSend, setConfirmSend] = useState(false);
  const save = useSaveAnswers(campaignId);
  const submit = useSubmitSurvey(campaignId);

  const current = steps[step];
  if (!current) return null;
  const { instrument, section } = current;
  const itemsById = new Map(instrument.items.map((i) => [i.id, i]));
  const isLast = step === steps.length - 1;
  const unanswered = steps.reduce(
    (n, s) =>
      n +
      s.section.items.filter((id) => {
        const item = s.instrument.items.find((i) => i.id === id);
        const v = answers[s.instrument.id]?.[id];
        return item?.responseScale !== 'text' && (v === undefined || v === null);
      }).length,
    0,
  );

  const setAnswer = (item: string, value: number | string | null) =>
    setAnswers((prev) => ({ ...prev, [instrument.id]: { ...prev[instrument.id], [item]: value } }));

  const go = (next: number) => {
    save.mutate(
      { answers },
      {
        onSuccess: () => {
          setStep(next);
          setConfirmSend(false);
          window.scrollTo({ top: 0 });
        },
        onError: notifyError,
      },
    );
  };
  const saveAndLeave = () =>
    save.mutate(
      { answers },
      {
        onSuccess: () => {
          notifySuccess(t('answer.savedForLater'));
          void navigate({ to: VITALITY_PATHS.mySurveys });
        },
        onError: notifyError,
      },
    );
  const send = () => {
    if (unanswered > 0 && !confirmSend) {
      setConfirmSend(true);
      return;
    }
    submit.mutate(
      { answers },
      {
        onSuccess: () => void navigate({ to: VITALITY_PATHS.feedback, params: { campaignId } }),
        onError: notifyError,
      },
    );
  };

  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={survey.title} />
      <Alert variant="light" color="blue" icon={<IconShieldLock aria-hidden />} p="sm">
        <Text size="sm">{t('answer.privacy')}</Text>
      </Alert>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('answer.step', { step: step + 1, total: steps.length })}
        </Text>
        <Progress value={((step + 1) / steps.length) * 100} aria-label={t('answer.progress')} />
      </Stack>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={500}>
            {instrument.name[lang]}
          </Text>
          {instrument.validated ? null : (
            <Badge size="xs" variant="light" color="gray">
              {t('instrument.notValidated')}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h3">
          {section.title[lang]}
        </Title>
        {section.intro ? <Text size="sm">{section.intro[lang]}</Text> : null}
      </Stack>
      {section.items.map((id) => {
        const item = itemsById.get(id);
        return item ? (
          <Question
            key={id}
            item={item}
            instrument={instrument}
            value={answers[instrument.id]?.[id] ?? null}
            onChange={(v) => setAnswer(id, v)}
          />
        ) : null;
      })}
      {confirmSend ? (
        <Alert color="orange" variant="light" role="alert">
          {t('answer.unanswered', { count: unanswered })}
        </Alert>
      ) : null}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Button variant="default" disabled={step === 0 || save.isPending} onClick={() => go(step - 1)}>
          {t('answer.previous')}
        </Button>
        {isLast ? (
          <Button onClick={send} loading={submit.isPending}>
            {confirmSend ? t('answer.sendAnyway') : t('answer.send')}
          </Button>
        ) : (
          <Button onClick={() => go(step + 1)} loading={save.isPending}>
            {t('answer.next')}
          </Button>
        )}
      </Group>
      {isLast ? (
        <Text size="xs" c="dimmed">
          {t('answer.once')}
        </Text>
      ) : null}
      <Button
        variant="subtle"
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        onClick={saveAndLeave}
        loading={save.isPending}
      >
        {t('answer.saveForLater')}
      </Button>
    </Stack>
  );
};

const Question = ({
  item,
  instrument,
  value,
  onChange,
}: {
  item: FormItem;
  instrument: FormInstrument;
  value: number | string | null;
  onChange: (v: number | string | null) => void;
}) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  if (item.responseScale === 'text')
    return (
      <Card withBorder radius="md" padding="md">
        <Textarea
          label={item.text[lang]}
          description={item.private ? t('answer.privateText') : t('answer.openText')}
          autosize
          minRows={3}
          maxLength={2000}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        />
      </Card>
    );
  const scale = instrument.responseScales.find((s) => s.id === item.responseScale);
  return (
    <Card withBorder radius="md" padding="md">
      <Radio.Group
        label={item.text[lang]}
        description={item.hint?.[lang]}
        value={typeof value === 'number' ? String(value) : null}
        onChange={(v) => onChange(Number(v))}
      >
        <Stack gap="sm" mt="sm">
          {(scale?.options ?? []).map((o, i) => (
            <Radio key={o.label.nl} value={String(i + 1)} label={o.label[lang]} size="md" />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
};
