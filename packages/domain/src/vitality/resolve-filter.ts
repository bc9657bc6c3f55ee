import type { Release, ReleasedGroup } from './release';

export type FilterRefusal =
  /** The unit has fewer than k respondents. */
  | 'below_k'
  /** The unit has k or more, but showing it would let a smaller group be computed by subtraction. */
  | 'complementary'
  /** No age-band breakdown is safe for this group (a band would isolate fewer than k). */
  | 'no_age_breakdown'
  /** The band is only shown merged with a neighbouring band (see `merged`). */
  | 'age_band_merged'
  /** No respondents in this age band here, or an unknown unit. */
  | 'no_such_group';

export type FilterResult =
  | { ok: true; group: ReleasedGroup }
  | { ok: false; reason: FilterRefusal; k: number; merged?: ReleasedGroup };

/**
 * A filter (a unit, an age band, or both) is shown only when it is exactly one of the released
 * groups; otherwise it is refused with the reason, so the UI can explain it ("fewer than k
 * respondents", "would make a smaller group computable"). A merged band refers to its merged cell.
 */
export function resolveFilter(
  release: Release,
  filter: { unitId?: string | null; ageBand?: string | null },
): FilterResult {
  const refuse = (reason: FilterRefusal, merged?: ReleasedGroup): FilterResult => ({
    ok: false,
    reason,
    k: release.k,
    ...(merged ? { merged } : {}),
  });
  const whole = release.groups.find((g) =>
    filter.unitId
      ? g.ageBands === null && g.kind !== 'rollup' && g.unitId === filter.unitId
      : g.key === 'org',
  );
  if (!whole) {
    if (!filter.unitId) return refuse('below_k');
    const withheld = release.withheld.find((w) => w.unitId === filter.unitId);
    return refuse(withheld ? withheld.reason : 'no_such_group');
  }
  if (!filter.ageBand) return { ok: true, group: whole };
  const cells = release.groups.filter((g) => g.cellOf === whole.key);
  if (cells.length === 0) return refuse('no_age_breakdown');
  const cell = cells.find((c) => c.ageBands?.includes(filter.ageBand as string));
  if (!cell) return refuse('no_such_group');
  if ((cell.ageBands?.length ?? 0) > 1) return refuse('age_band_merged', cell);
  return { ok: true, group: cell };
}
