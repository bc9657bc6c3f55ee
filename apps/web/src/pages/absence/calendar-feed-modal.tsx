import { Alert, Button, CopyButton, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconLink, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/absence-documents';
import { notifySuccess } from '../../api/errors';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../lib/format';

/**
 * The personal calendar subscription: a secret URL a calendar app fetches without signing in.
 * The URL is shown once, right after it is made; a new one revokes the old.
 */
export const CalendarFeedModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const feed = useCalendarFeed(opened);
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const close = () => {
    setUrl(null);
    setConfirmRevoke(false);
    onClose();
  };
  const make = () => create.mutate(undefined, { onSuccess: (r) => setUrl(r.url) });
  const active = feed.data?.active ?? false;
  return (
    <Modal opened={opened} onClose={close} title={t('absence.feed.title')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm">{t('absence.feed.intro')}</Text>
        <Alert variant="light" color="orange" icon={<IconShieldLock aria-hidden />}>
          {t('absence.feed.privacy')}
        </Alert>
        {feed.isPending ? (
          <LoadingState rows={1} />
        ) : feed.isError ? (
          <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
        ) : url ? (
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('absence.feed.url')}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1 }}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'teal' : undefined}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                  >
                    {copied ? t('absence.feed.copied') : t('absence.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('absence.feed.shownOnce')}
            </Text>
          </Stack>
        ) : active ? (
          <Text size="sm">
            {t('absence.feed.active', {
              date: formatDateTime(feed.data?.createdAt),
              used: feed.data?.lastUsedAt
                ? formatDateTime(feed.data.lastUsedAt)
                : t('absence.feed.neverUsed'),
            })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('absence.feed.none')}
          </Text>
        )}
        <Text size="sm" fw={600} mt="xs">
          {t('absence.feed.howTitle')}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('absence.feed.howOutlook')}</List.Item>
          <List.Item>{t('absence.feed.howGoogle')}</List.Item>
          <List.Item>{t('absence.feed.howApple')}</List.Item>
        </List>
        {confirmRevoke ? (
          <Alert color="red" variant="light" title={t('absence.feed.revokeTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('absence.feed.revokeText')}</Text>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setConfirmRevoke(false)} data-autofocus>
                  {t('common.cancel')}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  loading={revoke.isPending}
                  onClick={() =>
                    revoke.mutate(undefined, {
                      onSuccess: () => {
                        setUrl(null);
                        setConfirmRevoke(false);
                        notifySuccess(t('absence.feed.revoked'));
                      },
                    })
                  }
                >
                  {t('absence.feed.revoke')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <Group justify="space-between" mt="sm">
          {active && !confirmRevoke ? (
            <Button variant="subtle" color="red" onClick={() => setConfirmRevoke(true)}>
              {t('absence.feed.revoke')}
            </Button>
          ) : (
            <span />
          )}
          <Button
            leftSection={<IconLink size={16} aria-hidden />}
            loading={create.isPending}
            disabled={feed.isPending || feed.isError}
            onClick={make}
          >
            {active ? t('absence.feed.regenerate') : t('absence.feed.create')}
          </Button>
        </Group>
        {active && !url ? (
          <Text size="xs" c="dimmed" ta="right">
            {t('absence.feed.regenerateHint')}
          </Text>
        ) : null}
      </Stack>
    </Modal>
  );
};
