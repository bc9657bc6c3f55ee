import type { TResponseRate } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import { findCampaign, listCampaignUnits } from '../repo/campaigns.repo';
import { respondentCounts } from '../repo/results.repo';

/**
 * Response rate per unit (with its sub-units). A count is shown only from k responses: below the
 * threshold the unit shows "fewer than k" (issue 12, item 3). A manager sees their own units.
 */
export async function getResponseRate(deps: Deps, actor: Actor, id: string): Promise<TResponseRate> {
  const scope = authorize(actor, 'vitality.campaign.read');
  const organizationId = orgOf(actor);
  const c = await findCampaign(deps.db, organizationId, id);
  if (!c) throw notFound();
  const units = await listCampaignUnits(deps.db, organizationId, [c.id]);
  const responses = new Map<string, number>();
  for (const r of await respondentCounts(deps.db, organizationId, c.id))
    responses.set(r.unit, (responses.get(r.unit) ?? 0) + r.n);
  const children = new Map<string | null, string[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.unitId]);
  const invitedDirect = new Map(units.map((u) => [u.unitId, u.invited]));
  const total = (unitId: string, of: Map<string, number>): number =>
    (of.get(unitId) ?? 0) + (children.get(unitId) ?? []).reduce((s, ch) => s + total(ch, of), 0);
  const k = c.minGroupSize;
  const shown = (n: number) => (n >= k ? n : null);
  const rate = (n: number, of: number) => (n >= k && of > 0 ? Math.round((n / of) * 1000) / 10 : null);
  const rows = units
    .map((u) => {
      const invited = total(u.unitId, invitedDirect);
      const answered = total(u.unitId, responses);
      return {
        unitId: u.unitId,
        name: u.name,
        parentId: u.parentId,
        invited,
        responses: shown(answered),
        rate: rate(answered, invited),
      };
    })
    .filter((r) => r.invited > 0)
    .filter((r) => scope === 'organization' || actor.managedUnitIds.has(r.unitId))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const invited = units.reduce((s, u) => s + u.invited, 0);
  const answered = [...responses.values()].reduce((s, n) => s + n, 0);
  return {
    campaignId: c.id,
    minGroupSize: k,
    invited,
    responses: shown(answered),
    rate: rate(answered, invited),
    units: rows,
  };
}
