import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import { campaignFigures } from '../campaign-figures';
import { instrumentsFor } from '../instrument-registry';
import { presentCampaign } from '../presenters';
import { findCampaign } from '../repo/campaigns.repo';

export async function getSurveyCampaign(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'vitality.campaign.read');
  const organizationId = orgOf(actor);
  const c = await findCampaign(deps.db, organizationId, id);
  if (!c) throw notFound();
  const f = (await campaignFigures(deps.db, organizationId, [c]))(c.id);
  return presentCampaign(c, await instrumentsFor(deps.db, organizationId), f.invited, f.responses);
}
