import { z } from 'zod';
import { formatPath, VitalityInputError } from './errors';
import { DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR, type ReleaseCell, releaseGroups } from './release';

const ZReleaseJson = z.strictObject({
  k: z.number().int().optional(),
  units: z.array(
    z.strictObject({ id: z.string().min(1), parentId: z.string().min(1).nullable().optional() }),
  ),
  respondents: z.array(
    z.strictObject({ unit: z.string().min(1), ageBand: z.string().min(1).nullable().optional() }),
  ),
  breakdowns: z.array(z.enum(['ageBand'])).optional(),
});

export type ReleasedJsonGroup = { units: string[]; ageBand?: string; ageBands?: string[]; n: number };

/**
 * The `survey-release` CLI: `{k?, units: [{id, parentId}], respondents: [{unit, ageBand?}], breakdowns?: ["ageBand"]}`
 * → `{released: [{units, ageBand? | ageBands?, n}]}`, computed by `releaseGroups` (the code the API uses).
 * `k` defaults to 10; a k below 5 is an input error (never clamped: a script asking for 3 should
 * learn that it cannot have it). Order: pre-order of the unit tree in input order — see `Release.groups`.
 */
export function releaseFromJson(input: unknown): { released: ReleasedJsonGroup[] } {
  const parsed = ZReleaseJson.safeParse(input);
  if (!parsed.success)
    throw new VitalityInputError(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message })),
    );
  const { k = DEFAULT_MIN_GROUP_SIZE, units, respondents, breakdowns } = parsed.data;
  if (k < MIN_GROUP_SIZE_FLOOR)
    throw new VitalityInputError([
      {
        path: 'k',
        code: 'below_minimum',
        message: `k must be at least ${MIN_GROUP_SIZE_FLOOR} (domain-rules §2.5)`,
      },
    ]);
  const ids = new Set(units.map((u) => u.id));
  const unknown = respondents.flatMap((r, i) =>
    ids.has(r.unit)
      ? []
      : [{ path: `respondents[${i}].unit`, code: 'unknown_unit', message: `no unit ${r.unit}` }],
  );
  if (unknown.length) throw new VitalityInputError(unknown);
  const counts = new Map<string, ReleaseCell>();
  for (const r of respondents) {
    const band = r.ageBand ?? null;
    const key = JSON.stringify([r.unit, band]);
    const cell = counts.get(key) ?? { unit: r.unit, ageBand: band, n: 0 };
    cell.n++;
    counts.set(key, cell);
  }
  const release = releaseGroups({
    k,
    units: units.map((u) => ({ id: u.id, parentId: u.parentId ?? null })),
    cells: [...counts.values()],
    breakdowns: breakdowns ?? [],
  });
  return {
    released: release.groups.map((g) => ({
      units: g.units,
      ...(g.ageBands === null
        ? {}
        : g.ageBands.length === 1
          ? { ageBand: g.ageBands[0] as string }
          : { ageBands: g.ageBands }),
      n: g.n,
    })),
  };
}
