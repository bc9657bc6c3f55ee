import { Alert, Divider, Grid, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../../api/outbox';
import type { TOutboxMail } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { MailText } from './mail-text';

export const OutboxPage = () => {
  const { t } = useTranslation();
  const { page } = useSearch({ from: '/app/uitgaande-email' });
  const navigate = useNavigate({ from: '/uitgaande-email' });
  const outbox = useOutbox(page);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const items = outbox.data?.items ?? [];
  const selected: TOutboxMail | undefined = items.find((m) => m.id === selectedId) ?? items[0];

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
        {t('outbox.demoOnly')}
      </Alert>
      {outbox.isPending ? (
        <LoadingState />
      ) : outbox.isError ? (
        <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder>
          <EmptyState title={t('outbox.empty')} description={t('outbox.emptyHint')} />
        </Paper>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="xs" component="nav" aria-label={t('outbox.listLabel')}>
              <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {items.map((m) => {
                  const isSelected = m.id === selected?.id;
                  return (
                    <li key={m.id}>
                      <UnstyledButton
                        onClick={() => setSelectedId(m.id)}
                        aria-current={isSelected ? 'true' : undefined}
                        className="outbox-item"
                        data-selected={isSelected || undefined}
                        p="xs"
                        w="100%"
                      >
                        <Text size="sm" fw={600} lineClamp={1}>
                          {m.subject}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('outbox.toAt', { to: m.to, at: formatDateTime(m.createdAt) })}
                        </Text>
                      </UnstyledButton>
                    </li>
                  );
                })}
              </Stack>
              <PaginationBar
                page={outbox.data.page}
                pageSize={outbox.data.pageSize}
                total={outbox.data.total}
                onChange={(p) => {
                  setSelectedId(null);
                  void navigate({ search: { page: p } });
                }}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <Paper withBorder p="md" component="article" aria-labelledby="mail-subject">
                <Title order={2} size="h4" id="mail-subject">
                  {selected.subject}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('outbox.toAt', { to: selected.to, at: formatDateTime(selected.createdAt) })}
                </Text>
                <Divider my="sm" />
                <MailText text={selected.text} />
              </Paper>
            ) : null}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
};
