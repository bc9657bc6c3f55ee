import type { TTransitionCard } from '@inzetbaar/contracts';
import { Alert, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { usePlan, usePlanToPop, useUpdateCase } from '../api';
import { TransitionCard } from '../components/transition-card';

const STATUSES = ['orientation', 'training', 'placed_internal', 'placed_external', 'other'] as const;

/** A redundant person's transition plan: internal first, then external; the coach turns a gap into POP goals. */
export const PlanPage = () => {
  const { t } = useTranslation('mobility');
  const { caseId } = useParams({ from: '/app/mobiliteit/trajecten/$caseId' });
  const plan = usePlan(caseId);
  const toPop = usePlanToPop(caseId);
  const update = useUpdateCase();
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const action = (c: TTransitionCard) =>
    c.missingSkills.length ? (
      <Button
        size="xs"
        variant="light"
        leftSection={<IconTargetArrow size={14} aria-hidden />}
        loading={toPop.isPending && toPop.variables?.id === c.id}
        onClick={() =>
          toPop.mutate(
            { kind: c.kind, id: c.id },
            { onSuccess: (r) => notifySuccess(t('plan.toPopDone', { count: r.goals.length })) },
          )
        }
      >
        {t('plan.toPop')}
      </Button>
    ) : null;
  return (
    <>
      <PageHeader
        title={t('plan.title', { name: p.case.personName })}
        description={t('plan.description', {
          job: p.case.jobTitle ?? p.origin?.title ?? '',
          reorganisation: p.case.reorganisation.name,
        })}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Group align="flex-end">
            <Select
              label={t('plan.status')}
              data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={p.case.status}
              allowDeselect={false}
              onChange={(v) =>
                v &&
                update.mutate(
                  { id: p.case.id, status: v as (typeof STATUSES)[number], version: p.case.version },
                  { onSuccess: () => notifySuccess(t('plan.statusSaved')) },
                )
              }
            />
            {p.case.target ? <Text size="sm">{t('plan.target', { title: p.case.target.title })}</Text> : null}
          </Group>
        </Paper>
        <Text size="sm" c="dimmed">
          {p.shortageTable
            ? t('shortage.stamp', {
                file: p.shortageTable.fileName,
                date: formatDateTime(p.shortageTable.importedAt),
              })
            : t('shortage.none')}
        </Text>
        {p.status === 'insufficient_data' ? (
          <Alert color="yellow" title={t('opportunities.insufficientTitle')}>
            {t('opportunities.insufficient')}
          </Alert>
        ) : (
          <>
            <section>
              <Title order={2} size="h3" mb="sm">
                {t('plan.internal')}
              </Title>
              {p.internal.length === 0 ? (
                <Text size="sm">{t('opportunities.internalEmpty')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {p.internal.map((c) => (
                    <TransitionCard key={c.id} card={c} action={action(c)} />
                  ))}
                </SimpleGrid>
              )}
            </section>
            <section>
              <Title order={2} size="h3" mb="sm">
                {t('plan.external')}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {p.external.map((c) => (
                  <TransitionCard key={c.id} card={c} action={action(c)} />
                ))}
              </SimpleGrid>
            </section>
          </>
        )}
        <section>
          <Title order={2} size="h3" mb="xs">
            {t('plan.funding')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('plan.fundingHelp')}
          </Text>
          {p.funding.length ? (
            <List size="sm">
              {p.funding.map((f) => (
                <List.Item key={f.id}>
                  <strong>{f.name}</strong> ({f.administrator}) — {f.summary}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('plan.fundingEmpty')}</Text>
          )}
        </section>
        <section>
          <Title order={2} size="h3" mb="sm">
            {t('plan.popGoals')}
          </Title>
          {p.popGoals.length ? (
            <List data-testid="pop-goals">
              {p.popGoals.map((g) => (
                <List.Item key={g.id}>{g.title}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('plan.popEmpty')}</Text>
          )}
        </section>
      </Stack>
    </>
  );
};
