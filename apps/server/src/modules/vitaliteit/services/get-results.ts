import type { TCampaignResults } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, notFound } from '../../../platform/http/problem';
import { cbsPsaTable } from '../bundled-data';
import { findCampaign } from '../repo/campaigns.repo';
import { computeResults, inActorScope } from '../results-data';

const REFUSAL_CODE: Record<vitality.FilterRefusal, string> = {
  below_k: 'group_below_k',
  complementary: 'group_complementary',
  no_age_breakdown: 'no_age_breakdown',
  age_band_merged: 'age_band_merged',
  no_such_group: 'no_such_group',
};

const SEVERITY = { risk: 0, attention: 1, neutral: 2, good: 3 } as const;
// One collator: `localeCompare(…, 'nl')` builds one per comparison, and there can be thousands.
const byName = new Intl.Collator('nl').compare;

/**
 * Results of a closed campaign per released group, with hotspots and the CBS benchmark. A filter
 * (unit, age band) is answered only when it is exactly a released group; otherwise it is refused
 * with the reason (422 naming the field). Reading results is audited.
 */
export async function getResults(
  deps: Deps,
  actor: Actor,
  id: string,
  q: { breakdown?: 'ageBand' | undefined; unitId?: string | undefined; ageBand?: string | undefined },
): Promise<TCampaignResults> {
  const scope = authorize(actor, 'vitality.results.read');
  const organizationId = orgOf(actor);
  const campaign = await findCampaign(deps.db, organizationId, id);
  if (!campaign) throw notFound();
  const breakdowns: vitality.Breakdown[] = q.breakdown || q.ageBand ? ['ageBand'] : [];
  const data = await computeResults(deps.db, campaign, { breakdowns });
  const visible = inActorScope(actor, scope);
  let groups = data.groups.filter(visible);
  if (q.unitId || q.ageBand) {
    const r = vitality.resolveFilter(data.results.release, {
      unitId: q.unitId ?? null,
      ageBand: q.ageBand ?? null,
    });
    if (!r.ok)
      throw new AppError(422, 'validation_failed', [
        {
          field: r.reason === 'no_age_breakdown' || r.reason === 'age_band_merged' ? 'ageBand' : 'unitId',
          code: REFUSAL_CODE[r.reason],
          params: { k: r.k, merged: r.merged?.ageBands?.join(' + ') ?? '' },
        },
      ]);
    groups = groups.filter((g) => g.key === r.group.key || g.cellOf === r.group.key);
    if (groups.length === 0) throw notFound();
  }
  // Only units that were part of the campaign (someone invited in them or below) get a notice.
  const withheld = data.results.release.withheld
    .filter((w) => data.invitedUnits.has(w.unitId))
    .filter((w) => scope === 'organization' || actor.managedUnitIds.has(w.unitId))
    .map((w) => ({
      unitId: w.unitId,
      name: data.names.get(w.unitId) ?? '',
      reason: w.reason,
      includedIn: w.includedIn,
    }));
  const hotspots = groups
    .filter((g) => g.cellOf === null)
    .flatMap((g) =>
      Object.entries(g.scales).flatMap(([scaleKey, r]) =>
        r && (r.hotspot || r.benchmark?.comparison === 'worse')
          ? [
              {
                groupKey: g.key,
                groupName: g.name,
                scaleKey,
                mean: r.mean,
                tone: r.hotspot ? r.tone : ('attention' as const),
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => SEVERITY[a.tone] - SEVERITY[b.tone] || byName(a.groupName, b.groupName));
  await recordAudit(deps.db, actor, organizationId, {
    action: 'survey-results.read',
    resourceType: 'survey_campaign',
    resourceId: campaign.id,
    details: { breakdown: q.breakdown ?? null, unitId: q.unitId ?? null, ageBand: q.ageBand ?? null },
  });
  const hasBenchmark = [...data.scales.values()].some((s) => s.benchmark);
  return {
    campaignId: campaign.id,
    title: campaign.title,
    minGroupSize: campaign.minGroupSize,
    total: data.results.release.total >= campaign.minGroupSize ? data.results.release.total : null,
    scales: [...data.scales.entries()].map(([key, s]) => ({
      key,
      instrumentId: key.split('.')[0] as string,
      label: s.label,
      min: s.min,
      max: s.max,
      higherIsWorse: s.higherIsWorse,
      benchmarkColumn: s.benchmark?.column ?? null,
    })),
    groups,
    withheld,
    hotspots,
    attribution: hasBenchmark ? cbsPsaTable().attribution : null,
  };
}
