import type { AbsenceFigures, BreakdownGroup } from './types';

/** A breakdown group before suppression. */
export type RawGroup = { key: string | null; from?: string; to?: string; figures: AbsenceFigures };

/**
 * Small-group suppression for breakdowns of health data (domain-rules §2.5; architecture §5).
 * 1. A group with fewer than `minGroupSize` people gets `{ suppressed: true, reason: 'min_group_size' }`.
 * 2. Against differencing (total minus the shown groups reveals the hidden one): while the
 *    hidden groups together hold people but fewer than `minGroupSize`, the smallest shown group
 *    is hidden too (`reason: 'complementary'`).
 */
export function suppressSmallGroups(groups: readonly RawGroup[], minGroupSize: number): BreakdownGroup[] {
  const hidden = new Map<number, 'min_group_size' | 'complementary'>();
  let hiddenPeople = 0;
  groups.forEach((g, i) => {
    if (g.figures.employees < minGroupSize) {
      hidden.set(i, 'min_group_size');
      hiddenPeople += g.figures.employees;
    }
  });
  while (hiddenPeople > 0 && hiddenPeople < minGroupSize) {
    let smallest = -1;
    groups.forEach((g, i) => {
      if (hidden.has(i)) return;
      if (smallest < 0 || g.figures.employees < (groups[smallest] as RawGroup).figures.employees)
        smallest = i;
    });
    if (smallest < 0) break;
    hidden.set(smallest, 'complementary');
    hiddenPeople += (groups[smallest] as RawGroup).figures.employees;
  }
  return groups.map((g, i): BreakdownGroup => {
    const where = g.from === undefined ? {} : { from: g.from, to: g.to as string };
    const reason = hidden.get(i);
    return reason
      ? { key: g.key, ...where, suppressed: true, reason }
      : { key: g.key, ...where, suppressed: false, ...g.figures };
  });
}
