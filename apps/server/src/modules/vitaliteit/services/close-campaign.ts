import type { Tx } from '@inzetbaar/db';
import type { Deps } from '../../../platform/http/context';
import { type CampaignRow, setCampaignStatus } from '../repo/campaigns.repo';
import { deleteUnsubmitted } from '../repo/respondent.repo';

/**
 * Closes a campaign: no more answers, results become available. Answers saved but never sent are
 * deleted — they were not given to the organisation, and keeping them serves nobody.
 */
export async function closeCampaign(deps: Deps, tx: Tx, campaign: CampaignRow) {
  const closed = await setCampaignStatus(tx, campaign.organizationId, campaign.id, 'open', {
    status: 'closed',
    closedAt: deps.clock.now(),
  });
  if (closed) await deleteUnsubmitted(tx, campaign.organizationId, campaign.id);
  return closed;
}
