import {
  Alert,
  Button,
  Center,
  Loader,
  EmptyState as MantineEmptyState,
  Skeleton,
  Stack,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

export const LoadingState = ({ rows = 5 }: { rows?: number }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <Skeleton key={i} height={28} radius="sm" />
      ))}
    </Stack>
  );
};

export const FullPageLoader = () => {
  const { t } = useTranslation();
  return (
    <Center h="60vh" aria-busy="true">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
};

export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  const { title, message } = errorText(error);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        {message ? <span>{message}</span> : null}
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
};

export const EmptyState = ({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: ReactNode;
}) => (
  <MantineEmptyState
    icon={<IconInbox size={28} aria-hidden />}
    withIndicatorBackground
    title={title}
    description={description}
    py="xl"
  >
    {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
  </MantineEmptyState>
);

/** A route that failed to load (e.g. a chunk missing after a deploy, or an error in a loader). */
export const RouteError = ({ error, reset }: { error: unknown; reset: () => void }) => (
  <Center p="md" mih="40vh">
    <ErrorState error={error} onRetry={reset} />
  </Center>
);
