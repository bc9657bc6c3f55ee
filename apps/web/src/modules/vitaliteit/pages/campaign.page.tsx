import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { hasRole, useMe } from '../../../api/me';
import { ConfirmModal } from '../../../components/confirm';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useCampaign, useUpdateCampaign } from '../api';
import { VITALITY_PATHS } from '../paths';
import { ResponseRateCard } from './response-rate-card';
import { ResultsSection } from './results-section';
import { CampaignStatusBadge } from './shared';

/** One campaign: its period and response rate; after closing, the released results. */
export const CampaignPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const { campaignId } = useParams({ from: `/app${VITALITY_PATHS.campaign}` });
  const me = useMe();
  const campaign = useCampaign(campaignId);
  const update = useUpdateCampaign(campaignId);
  const [confirming, setConfirming] = useState(false);
  const canWrite = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');

  if (campaign.isPending) return <LoadingState />;
  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;

  const close = () =>
    update.mutate(
      { version: c.version, status: 'closed' },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t('campaign.closed'));
        },
      },
    );

  return (
    <>
      <PageHeader
        title={c.title}
        description={
          <Group gap="xs">
            <CampaignStatusBadge status={c.status} />
            <span>
              {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
            </span>
          </Group>
        }
        actions={
          canWrite && c.status === 'open' ? (
            <Button
              variant="light"
              leftSection={<IconLock size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              {t('campaign.close')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('campaign.instruments')} value={c.instruments.map((i) => i.name[lang]).join(', ')} />
          <Fact
            label={t('campaign.invited')}
            value={
              c.wholeOrganization
                ? t('campaign.invitedWhole', { count: c.invited })
                : t('campaign.invitedUnits', { count: c.invited, units: c.unitIds.length })
            }
          />
          <Fact
            label={t('campaign.minGroupSize')}
            value={t('campaign.minGroupSizeValue', { k: c.minGroupSize })}
          />
        </SimpleGrid>
        {c.status === 'scheduled' ? null : <ResponseRateCard campaignId={c.id} />}
        {c.status === 'closed' ? (
          <ResultsSection campaign={c} canAct={canWrite} />
        ) : (
          <Alert variant="light" color="blue" icon={<IconLock aria-hidden />}>
            {t('campaign.resultsAfterClose')}
          </Alert>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('campaign.closeTitle')}
        message={t('campaign.closeMessage')}
        confirmLabel={t('campaign.close')}
        isLoading={update.isPending}
        onConfirm={close}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const Fact = ({ label, value }: { label: string; value: string }) => (
  <Paper withBorder radius="md" p="sm">
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text fw={500}>{value}</Text>
  </Paper>
);
