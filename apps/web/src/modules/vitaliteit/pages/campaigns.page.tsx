import { Button, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useCampaigns } from '../api';
import { VITALITY_PATHS } from '../paths';
import { NewCampaignModal } from './new-campaign-modal';
import { CampaignStatusBadge } from './shared';

/** HR and the prevention officer start campaigns; they, the works council and managers read results. */
export const CampaignsPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const me = useMe();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const canWrite = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.description')}
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('campaigns.new')}
            </Button>
          ) : null
        }
      />
      {campaigns.isPending ? (
        <LoadingState />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.data.items.length === 0 ? (
        <EmptyState title={t('campaigns.empty')} description={t('campaigns.emptyHint')} />
      ) : (
        <Paper withBorder radius="md">
          <ScrollArea>
            <Table striped highlightOnHover miw={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaigns.columns.title')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.instruments')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.period')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.status')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.columns.invited')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.columns.responses')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {campaigns.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <RouterAnchor to={VITALITY_PATHS.campaign} params={{ campaignId: c.id }}>
                        {c.title}
                      </RouterAnchor>
                      <Text size="xs" c="dimmed">
                        {c.wholeOrganization
                          ? t('campaigns.wholeOrganization')
                          : t('campaigns.unitCount', { count: c.unitIds.length })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.instruments.map((i) => i.name[lang]).join(', ')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <CampaignStatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td ta="right">{c.invited}</Table.Td>
                    <Table.Td ta="right">
                      {c.responses ?? (
                        <Text span size="sm" c="dimmed">
                          {t('campaigns.belowK', { k: c.minGroupSize })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {canWrite ? (
        <Stack>
          <NewCampaignModal opened={creating} onClose={() => setCreating(false)} />
        </Stack>
      ) : null}
    </>
  );
};
