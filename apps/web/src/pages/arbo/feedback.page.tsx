import { Alert, Badge, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../api/arbo';
import { PublicLayout } from '../../components/public-layout';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDate } from '../../lib/format';

/** Public page behind the private link: the status and feedback of one report, no sign-in. */
export const FeedbackPage = () => {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/terugkoppeling/$token' });
  const feedback = useFeedback(token);
  return (
    <PublicLayout title={t('arbo.feedback.title')} intro={t('arbo.feedback.intro')} width={560}>
      {feedback.isPending ? (
        <LoadingState rows={2} />
      ) : feedback.isError ? (
        <ErrorState error={feedback.error} />
      ) : (
        <>
          <Text size="sm">
            {t('arbo.feedback.reported', {
              type: t(`arbo.incidentType.${feedback.data.type}`),
              date: formatDate(feedback.data.reportedOn),
            })}
          </Text>
          <Badge variant="light" w="fit-content">
            {t(`arbo.reportStatus.${feedback.data.status as 'new'}`)}
          </Badge>
          {feedback.data.feedback ? (
            <Alert
              variant="light"
              color="teal"
              title={t('arbo.feedback.from', { date: formatDate(feedback.data.feedbackOn) })}
            >
              {feedback.data.feedback}
            </Alert>
          ) : (
            <Text c="dimmed">{t('arbo.feedback.none')}</Text>
          )}
        </>
      )}
    </PublicLayout>
  );
};
