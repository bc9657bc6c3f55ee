import type { TMySurvey } from '@inzetbaar/contracts';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { RouterButton } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useMySurveys } from '../api';
import { VITALITY_PATHS } from '../paths';

const STATUS_COLOR = { not_started: 'blue', in_progress: 'orange', submitted: 'teal' } as const;

/** The employee's own questionnaires: answer, resume, or read their feedback (phone first). */
export const MySurveysPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const surveys = useMySurveys();
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      {surveys.isPending ? (
        <LoadingState />
      ) : surveys.isError ? (
        <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : surveys.data.items.length === 0 ? (
        <EmptyState title={t('mine.empty')} description={t('mine.emptyHint')} />
      ) : (
        <Stack gap="sm" maw={640}>
          {surveys.data.items.map((s) => (
            <SurveyCard key={s.campaignId} survey={s} />
          ))}
        </Stack>
      )}
    </>
  );
};

const SurveyCard = ({ survey: s }: { survey: TMySurvey }) => {
  const { t } = useTranslation('vitality');
  const canAnswer = s.campaignStatus === 'open' && s.status !== 'submitted';
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{s.title}</Text>
          <Badge variant="light" color={STATUS_COLOR[s.status]}>
            {t(`mine.status.${s.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {s.campaignStatus === 'closed'
            ? t('mine.closedOn', { date: formatDate(s.closesOn) })
            : t('mine.until', { date: formatDate(s.closesOn) })}
        </Text>
        {s.status === 'submitted' ? (
          <RouterButton
            to={VITALITY_PATHS.feedback}
            params={{ campaignId: s.campaignId }}
            variant="light"
            fullWidth
          >
            {t('mine.viewFeedback')}
          </RouterButton>
        ) : canAnswer ? (
          <RouterButton to={VITALITY_PATHS.answer} params={{ campaignId: s.campaignId }} fullWidth>
            {s.status === 'in_progress' ? t('mine.resume') : t('mine.start')}
          </RouterButton>
        ) : (
          <Text size="sm" c="dimmed">
            {t('mine.missed')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};
