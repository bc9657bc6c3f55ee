import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAcknowledge, useMyInstructions } from '../../api/arbo';
import { notifySuccess } from '../../api/errors';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDate, formatDateTime } from '../../lib/format';
import { PpeTable } from './instructions.page';

const STATE_COLOR = { attended: 'teal', missing: 'orange', expired: 'red' } as const;

/** My instructions: what I attended (and confirm I received), what I missed or must repeat; my PPE. */
export const MyInstructionsPage = () => {
  const { t } = useTranslation();
  const mine = useMyInstructions();
  const ack = useAcknowledge();
  if (mine.isPending) return <LoadingState />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <>
      <PageHeader title={t('arbo.mine.title')} description={t('arbo.mine.description')} />
      <Stack>
        {mine.data.instructions.length === 0 ? <EmptyState title={t('arbo.mine.empty')} /> : null}
        {mine.data.instructions.map((i) => (
          <Paper key={i.id} withBorder p="md">
            <Group justify="space-between">
              <Text fw={600}>{i.topic}</Text>
              <Badge color={STATE_COLOR[i.state]} variant="light">
                {t(`arbo.mine.states.${i.state}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('arbo.instructions.given', { date: formatDate(i.givenOn), by: i.givenBy })}
              {i.validUntil
                ? ` · ${t('arbo.instructions.validUntil', { date: formatDate(i.validUntil) })}`
                : ''}
            </Text>
            {i.state === 'attended' ? (
              i.acknowledgedAt ? (
                <Text size="sm" mt="xs">
                  {t('arbo.mine.acknowledged', { at: formatDateTime(i.acknowledgedAt) })}
                </Text>
              ) : (
                <Button
                  mt="xs"
                  size="xs"
                  loading={ack.isPending}
                  onClick={() => ack.mutate(i.id, { onSuccess: () => notifySuccess(t('arbo.mine.thanks')) })}
                >
                  {t('arbo.mine.acknowledge')}
                </Button>
              )
            ) : null}
          </Paper>
        ))}
        <Title order={2} size="h4" mt="md">
          {t('arbo.ppe.mine')}
        </Title>
        {mine.data.ppe.length ? (
          <PpeTable items={mine.data.ppe} />
        ) : (
          <EmptyState title={t('arbo.ppe.empty')} />
        )}
      </Stack>
    </>
  );
};
