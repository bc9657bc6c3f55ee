import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePublishedRies } from '../../api/arbo';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { useLang } from './shared';

/**
 * The RI&E and plan van aanpak for everyone: the locked (vastgestelde) versions, read-only. Each
 * opens the same printable report the works council and the expert get.
 */
export const RiePublishedPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const list = usePublishedRies();
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <PageHeader title={t('arbo.published.title')} description={t('arbo.published.description')} />
      {list.data.items.length === 0 ? (
        <EmptyState title={t('arbo.published.empty')} />
      ) : (
        <Stack>
          {list.data.items.map((r) => (
            <Paper key={r.id} withBorder p="md">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text fw={600}>
                    {t('arbo.rie.rieOf', { year: r.year })}
                    {r.unitName ? ` · ${r.unitName}` : ` · ${t('arbo.published.wholeOrganisation')}`}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {r.catalogueTitle[lang]}
                    {r.lockedOn ? ` · ${t('arbo.published.lockedOn', { date: formatDate(r.lockedOn) })}` : ''}
                  </Text>
                </Stack>
                <RouterButton
                  variant="light"
                  to="/arbo/rie/$assessmentId/rapport"
                  params={{ assessmentId: r.id }}
                >
                  {t('arbo.published.open')}
                </RouterButton>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </>
  );
};
