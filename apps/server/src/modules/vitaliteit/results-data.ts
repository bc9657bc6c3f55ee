import type { TResultGroup } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../auth/actor';
import type { Scope } from '../../platform/access/policy';
import { AppError } from '../../platform/http/problem';
import { findOrganization } from '../people/repo/organizations.repo';
import { cbsPsaTable } from './bundled-data';
import { instrumentsFor, scalesOf } from './instrument-registry';
import { type CampaignRow, listCampaignUnits } from './repo/campaigns.repo';
import { respondentCounts, scoreSums } from './repo/results.repo';

/**
 * Loads a closed campaign's aggregates and runs `campaignResults` (the release decides every group
 * shown). Results exist only after closing: a live result would let someone compare the figures
 * before and after one colleague answered.
 */
export async function computeResults(
  db: DbOrTx,
  campaign: CampaignRow,
  opts: { breakdowns?: readonly vitality.Breakdown[] } = {},
) {
  if (campaign.status !== 'closed') throw new AppError(409, 'results_after_close');
  const { organizationId } = campaign;
  const [units, respondents, scores, registry, org] = await Promise.all([
    listCampaignUnits(db, organizationId, [campaign.id]),
    respondentCounts(db, organizationId, campaign.id),
    scoreSums(db, organizationId, campaign.id, { byAgeBand: (opts.breakdowns ?? []).length > 0 }),
    instrumentsFor(db, organizationId),
    findOrganization(db, organizationId),
  ]);
  const instruments = campaign.instrumentKeys.flatMap((id) => {
    const i = registry.get(id)?.instrument;
    return i ? [i] : [];
  });
  const scales = scalesOf(instruments);
  const results = vitality.campaignResults({
    k: campaign.minGroupSize,
    units: units.map((u) => ({ id: u.unitId, parentId: u.parentId })),
    respondents: respondents.map((r) => ({ unit: r.unit, ageBand: r.ageBand, n: r.n })),
    scores: scores.map((s) => ({ scale: s.scale, unit: s.unit, ageBand: s.ageBand, n: s.n, sum: s.sum })),
    scales,
    breakdowns: opts.breakdowns ?? [],
  });
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  // Units whose subtree had invitees: the others were not part of the campaign.
  const invitedUnits = new Set<string>();
  const parentOf = new Map(units.map((u) => [u.unitId, u.parentId]));
  for (const u of units)
    if (u.invited > 0)
      for (let id: string | null | undefined = u.unitId; id && !invitedUnits.has(id); id = parentOf.get(id))
        invitedUnits.add(id);
  const nameOf = (g: vitality.ReleasedGroup) =>
    g.kind === 'organization' && g.unitId === null
      ? (org?.name ?? '')
      : (names.get(g.unitId ?? '') ?? org?.name ?? '');
  const table = cbsPsaTable();
  // One sector figure per scale, looked up once (not for every group × scale cell).
  const sectorFigures = new Map(
    [...scales].map(([key, scale]) => [
      key,
      scale.benchmark
        ? vitality.psaBenchmarkFor(table, {
            column: scale.benchmark.column,
            sbiSection: org?.sbiSection ?? null,
            sbiDivision: org?.sbiDivision ?? null,
          })
        : null,
    ]),
  );
  const benchmarkOf = (key: string, mean: number) => {
    const scale = scales.get(key);
    const b = sectorFigures.get(key);
    if (!scale || !b) return null;
    const above = b.upper !== null && mean > b.upper;
    const below = b.lower !== null && mean < b.lower;
    const worse = scale.higherIsWorse ? above : below;
    const better = scale.higherIsWorse ? below : above;
    return {
      sectorTitle: b.sectorTitle,
      year: b.year,
      value: b.value,
      lower: b.lower,
      upper: b.upper,
      comparison: worse ? ('worse' as const) : better ? ('better' as const) : ('similar' as const),
      attribution: b.attribution,
    };
  };
  const groups: TResultGroup[] = results.groups.map((g) => ({
    key: g.key,
    kind: g.kind,
    unitId: g.unitId,
    name: nameOf(g),
    units: g.units,
    ageBands: g.ageBands,
    cellOf: g.cellOf,
    n: g.n,
    scales: Object.fromEntries(
      Object.entries(g.scales).map(([key, r]) => [key, r && { ...r, benchmark: benchmarkOf(key, r.mean) }]),
    ),
  }));
  return { results, groups, instruments, scales, names, invitedUnits, organizationName: org?.name ?? '' };
}

/** A manager sees the released groups inside their own units only (a subset of a safe release is safe). */
export const inActorScope = (actor: Actor, scope: Scope) => (g: { units: string[] }) =>
  scope === 'organization' || (g.units.length > 0 && g.units.every((u) => actor.managedUnitIds.has(u)));
