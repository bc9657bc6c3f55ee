import type { TFeedback } from '@inzetbaar/contracts';
import { Alert, Badge, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconEyeOff } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../api/errors';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { downloadFeedback, useFeedback } from '../api';
import { VITALITY_PATHS } from '../paths';
import { BAND_COLOR, formatScore } from './shared';

type Scale = TFeedback['instruments'][number]['scales'][number];

/** The person's own result right after answering: scores, plain explanations, next steps, a PDF. */
export const FeedbackPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const { campaignId } = useParams({ from: `/app${VITALITY_PATHS.feedback}` });
  const feedback = useFeedback(campaignId);
  const [downloading, setDownloading] = useState(false);
  if (feedback.isPending) return <LoadingState />;
  if (feedback.isError) return <ErrorState error={feedback.error} onRetry={() => void feedback.refetch()} />;
  const f = feedback.data;

  const pdf = () => {
    setDownloading(true);
    downloadFeedback(campaignId)
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={t('feedback.title')}
        description={f.title}
        actions={
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={pdf}
            loading={downloading}
          >
            {t('feedback.download')}
          </Button>
        }
      />
      <Alert variant="light" color="teal" icon={<IconEyeOff aria-hidden />} p="sm">
        <Text size="sm">{t('feedback.onlyYou')}</Text>
      </Alert>
      {f.instruments.map((ins) => (
        <Stack key={ins.id} gap="sm">
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h3">
              {ins.name[lang]}
            </Title>
            {ins.validated ? null : (
              <Badge size="sm" variant="light" color="gray">
                {t('instrument.notValidated')}
              </Badge>
            )}
          </Group>
          {ins.scales.map((s) => (
            <ScaleCard key={s.key} scale={s} />
          ))}
          {ins.ownTexts.length > 0 ? (
            <Card withBorder radius="md" padding="md">
              <Text fw={600} mb="xs">
                {t('feedback.ownTexts')}
              </Text>
              {ins.ownTexts.map((o) => (
                <Stack key={o.item.nl} gap={2} mb="xs">
                  <Text size="sm" c="dimmed">
                    {o.item[lang]}
                  </Text>
                  <Text size="sm">{o.text}</Text>
                </Stack>
              ))}
            </Card>
          ) : null}
          {ins.translation ? (
            <Text size="xs" c="dimmed">
              {ins.translation[lang]}
            </Text>
          ) : null}
        </Stack>
      ))}
      <Card withBorder radius="md" padding="md">
        <Title order={2} size="h4" mb="xs">
          {t('feedback.nextSteps')}
        </Title>
        <List spacing="sm" size="sm">
          {f.steps.map((step) => (
            <List.Item key={step}>
              <Text fw={600} size="sm">
                {t(`steps.${step}.title`)}
              </Text>
              <Text size="sm">{t(`steps.${step}.text`)}</Text>
            </List.Item>
          ))}
          <List.Item>
            <Text fw={600} size="sm">
              {t('steps.always.title')}
            </Text>
            <Text size="sm">{t('steps.always.text')}</Text>
          </List.Item>
        </List>
      </Card>
      {f.interventions.length > 0 ? (
        <Card withBorder radius="md" padding="md">
          <Title order={2} size="h4" mb="xs">
            {t('feedback.interventions')}
          </Title>
          <Stack gap="xs">
            {f.interventions.map((i) => (
              <Stack key={i.id} gap={0}>
                <Text size="sm" fw={600}>
                  {i.title[lang]}
                </Text>
                <Text size="sm" c="dimmed">
                  {i.description[lang]}
                </Text>
              </Stack>
            ))}
          </Stack>
          <RouterAnchor to={VITALITY_PATHS.interventions} size="sm" mt="sm" display="block">
            {t('feedback.toInterventions')}
          </RouterAnchor>
        </Card>
      ) : null}
    </Stack>
  );
};

const ScaleCard = ({ scale: s }: { scale: Scale }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const share = s.score === null ? 0 : ((s.score - s.min) / (s.max - s.min)) * 100;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{s.label[lang]}</Text>
          {s.score === null ? null : (
            <Text fw={700} size="lg" style={{ whiteSpace: 'nowrap' }}>
              {formatScore(s.score, lang)}
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                / {formatScore(s.max, lang)}
              </Text>
            </Text>
          )}
        </Group>
        {s.score === null ? (
          <Text size="sm" c="dimmed">
            {t('feedback.tooFewAnswers')}
          </Text>
        ) : (
          <>
            <Progress
              value={share}
              color={s.band ? BAND_COLOR[s.band.tone] : 'gray'}
              aria-label={t('feedback.scoreOf', { label: s.label[lang] })}
            />
            <Text size="xs" c="dimmed">
              {s.higherIsWorse ? t('feedback.higherIsWorse') : t('feedback.higherIsBetter')}
            </Text>
          </>
        )}
        {s.band ? (
          <>
            <Badge color={BAND_COLOR[s.band.tone]} variant="light" style={{ alignSelf: 'flex-start' }}>
              {s.band.label[lang]}
            </Badge>
            <Text size="sm">{s.band.advice[lang]}</Text>
          </>
        ) : null}
      </Stack>
    </Card>
  );
};
