import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { campaignFigures } from '../campaign-figures';
import { instrumentsFor } from '../instrument-registry';
import { presentCampaign } from '../presenters';
import { listCampaigns } from '../repo/campaigns.repo';

export async function listSurveyCampaigns(deps: Deps, actor: Actor) {
  authorize(actor, 'vitality.campaign.read');
  const organizationId = orgOf(actor);
  const rows = await listCampaigns(deps.db, organizationId);
  const [instruments, figures] = await Promise.all([
    instrumentsFor(deps.db, organizationId),
    campaignFigures(deps.db, organizationId, rows),
  ]);
  return {
    items: rows.map((c) => {
      const f = figures(c.id);
      return presentCampaign(c, instruments, f.invited, f.responses);
    }),
  };
}
