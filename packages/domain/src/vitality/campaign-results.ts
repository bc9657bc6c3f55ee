import type { TScale } from './instrument.schema';
import {
  type Breakdown,
  groupIdentity,
  type Release,
  type ReleaseCell,
  type ReleasedGroup,
  type ReleaseUnit,
  releaseGroups,
} from './release';
import { bandOf, round2 } from './score';

/** Submitted scores summed per unit and age band for one scale (`n` people with a score). */
export type ScoreCell = { scale: string; unit: string; ageBand: string | null; n: number; sum: number };

export type ScaleResult = {
  mean: number;
  n: number;
  tone: NonNullable<ReturnType<typeof bandOf>>['tone'];
  hotspot: boolean;
};

export type GroupResult = ReleasedGroup & {
  /** Scale key → result; null when too few people in this group have a score on that scale. */
  scales: Record<string, ScaleResult | null>;
};

export type CampaignResults = { release: Release; groups: GroupResult[] };

/**
 * Results of one campaign for the organisation. The groups are those of `releaseGroups` on all
 * respondents. A scale is shown for a group only when that group is also released for the people
 * who have a score on that scale (someone may skip the client questions): otherwise a parent's and
 * a child's averages over different numbers of people would reveal the scores of the few in between.
 * A subfamily of a safe release is safe (its atoms are unions of the release's atoms), so showing a
 * scale for the groups released both ways keeps every subtraction at 0 or ≥ k people.
 */
export function campaignResults(input: {
  k: number;
  units: readonly ReleaseUnit[];
  respondents: readonly ReleaseCell[];
  scores: readonly ScoreCell[];
  scales: ReadonlyMap<string, TScale>;
  breakdowns?: readonly Breakdown[];
}): CampaignResults {
  const breakdowns = input.breakdowns ?? [];
  const release = releaseGroups({ k: input.k, units: input.units, cells: input.respondents, breakdowns });
  const byScale = new Map<string, ScoreCell[]>();
  for (const c of input.scores) {
    if (!input.scales.has(c.scale)) continue;
    const list = byScale.get(c.scale) ?? [];
    list.push(c);
    byScale.set(c.scale, list);
  }
  const perScale = new Map<string, { shown: Set<string>; byUnit: Map<string, ScoreCell[]> }>();
  for (const [scale, cells] of byScale) {
    const r = releaseGroups({
      k: input.k,
      units: input.units,
      cells: cells.map((c) => ({ unit: c.unit, ageBand: c.ageBand, n: c.n })),
      breakdowns,
    });
    const byUnit = new Map<string, ScoreCell[]>();
    for (const c of cells) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
    perScale.set(scale, { shown: new Set(r.groups.map(groupIdentity)), byUnit });
  }
  const groups = release.groups.map((g): GroupResult => {
    const id = groupIdentity(g);
    const scales: Record<string, ScaleResult | null> = {};
    for (const [key, def] of input.scales) {
      const s = perScale.get(key);
      if (!s?.shown.has(id)) {
        scales[key] = null;
        continue;
      }
      let n = 0;
      let sum = 0;
      for (const unit of g.units)
        for (const c of s.byUnit.get(unit) ?? [])
          if (!g.ageBands || (c.ageBand !== null && g.ageBands.includes(c.ageBand))) {
            n += c.n;
            sum += c.sum;
          }
      const mean = round2(sum / n);
      const band = bandOf(def, mean);
      scales[key] = { mean, n, tone: band.tone, hotspot: !!band.hotspot };
    }
    return { ...g, scales };
  });
  return { release, groups };
}
