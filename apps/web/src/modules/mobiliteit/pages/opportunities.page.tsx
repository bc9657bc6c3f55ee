import { Alert, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useOpportunities, usePreference, useSetPreference } from '../api';
import { TransitionCard } from '../components/transition-card';

/** "Mijn mogelijkheden": the person's own openings and ESCO transitions, and the opt-in. */
export const OpportunitiesPage = () => {
  const { t } = useTranslation('mobility');
  const me = useMe();
  const personId = me.data?.personId ?? null;
  const opportunities = useOpportunities(personId);
  const pref = usePreference(personId);
  const setPref = useSetPreference(personId ?? '');
  if (opportunities.isPending || pref.isPending) return <LoadingState />;
  if (opportunities.isError)
    return <ErrorState error={opportunities.error} onRetry={() => void opportunities.refetch()} />;
  if (pref.isError) return <ErrorState error={pref.error} />;
  const o = opportunities.data;
  return (
    <>
      <PageHeader title={t('opportunities.title')} description={t('opportunities.description')} />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Switch
            checked={pref.data.isOpenToOtherWork}
            disabled={setPref.isPending}
            label={t('opportunities.openToWork')}
            description={t('opportunities.openToWorkHelp')}
            onChange={(e) => {
              const isOpen = e.currentTarget.checked;
              setPref.mutate(
                { isOpenToOtherWork: isOpen, version: pref.data.version },
                {
                  onSuccess: () =>
                    notifySuccess(t(isOpen ? 'opportunities.openSaved' : 'opportunities.closedSaved')),
                },
              );
            }}
          />
        </Paper>
        <Text size="sm" c="dimmed">
          {o.origin ? t('opportunities.origin', { title: o.origin.title }) : t('opportunities.noOrigin')}{' '}
          {o.shortageTable
            ? t('shortage.stamp', {
                file: o.shortageTable.fileName,
                date: formatDateTime(o.shortageTable.importedAt),
              })
            : t('shortage.none')}
        </Text>
        {o.status === 'insufficient_data' ? (
          <Alert color="yellow" title={t('opportunities.insufficientTitle')}>
            {t('opportunities.insufficient')}
          </Alert>
        ) : (
          <>
            <section>
              <Title order={2} size="h3" mb="sm">
                {t('opportunities.internal')}
              </Title>
              {o.openings.length === 0 ? (
                <EmptyState title={t('opportunities.internalEmpty')} />
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {o.openings.map((c) => (
                    <TransitionCard key={c.id} card={c} />
                  ))}
                </SimpleGrid>
              )}
              {o.openingsNotJudged.length ? (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('opportunities.notJudged', {
                    titles: o.openingsNotJudged.map((x) => x.title).join(', '),
                  })}
                </Text>
              ) : null}
            </section>
            <section>
              <Title order={2} size="h3" mb="sm">
                {t('opportunities.external')}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {o.occupations.map((c) => (
                  <TransitionCard key={c.id} card={c} />
                ))}
              </SimpleGrid>
            </section>
          </>
        )}
      </Stack>
    </>
  );
};
