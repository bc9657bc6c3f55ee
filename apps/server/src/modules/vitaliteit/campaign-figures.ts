import type { DbOrTx } from '@inzetbaar/db';
import { type CampaignRow, listCampaignUnits } from './repo/campaigns.repo';
import { respondentTotals } from './repo/results.repo';

/** Invited and submitted counts per campaign (counts only: reporting side). */
export async function campaignFigures(db: DbOrTx, organizationId: string, campaigns: CampaignRow[]) {
  const ids = campaigns.map((c) => c.id);
  const invited = new Map<string, number>();
  for (const u of await listCampaignUnits(db, organizationId, ids))
    invited.set(u.campaignId, (invited.get(u.campaignId) ?? 0) + u.invited);
  const responses = await respondentTotals(db, organizationId, ids);
  return (id: string) => ({ invited: invited.get(id) ?? 0, responses: responses.get(id) ?? 0 });
}
