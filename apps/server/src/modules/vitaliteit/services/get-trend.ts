import type { TTrend } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { listCampaignsByStatus } from '../repo/campaigns.repo';
import { computeResults, inActorScope } from '../results-data';

/** How many closed campaigns a trend shows (the latest). */
const TREND_LENGTH = 8;

/**
 * Trend of one instrument's scales across closed campaigns, per released unit group (each campaign
 * released on its own; a point is null where that campaign did not release the group).
 */
export async function getTrend(deps: Deps, actor: Actor, instrumentId: string): Promise<TTrend> {
  const scope = authorize(actor, 'vitality.results.read');
  const organizationId = orgOf(actor);
  const campaigns = (await listCampaignsByStatus(deps.db, organizationId, 'closed'))
    .filter((c) => c.instrumentKeys.includes(instrumentId))
    .slice(-TREND_LENGTH);
  const computed = [];
  for (const c of campaigns) computed.push({ campaign: c, data: await computeResults(deps.db, c) });
  const visible = inActorScope(actor, scope);
  const series = new Map<string, TTrend['series'][number]>();
  const scales = new Map<string, TTrend['scales'][number]>();
  computed.forEach(({ data }, index) => {
    for (const [key, s] of data.scales) {
      if (!key.startsWith(`${instrumentId}.`) || s.benchmark) continue;
      scales.set(key, {
        key,
        instrumentId,
        label: s.label,
        min: s.min,
        max: s.max,
        higherIsWorse: s.higherIsWorse,
        benchmarkColumn: null,
      });
      for (const g of data.groups) {
        if (g.kind === 'rollup' || g.cellOf !== null || !visible(g)) continue;
        const id = `${g.key}|${key}`;
        const entry = series.get(id) ?? {
          groupKey: g.key,
          name: g.name,
          scaleKey: key,
          points: campaigns.map((c) => ({ campaignId: c.id, mean: null, n: null })),
        };
        const r = g.scales[key];
        entry.points[index] = {
          campaignId: campaigns[index]?.id as string,
          mean: r?.mean ?? null,
          n: r?.n ?? null,
        };
        series.set(id, entry);
      }
    }
  });
  return {
    instrumentId,
    campaigns: campaigns.map((c) => ({ id: c.id, title: c.title, closesOn: c.closesOn })),
    scales: [...scales.values()],
    series: [...series.values()],
  };
}
