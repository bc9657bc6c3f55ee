import type { DayRange } from './day-count';
import type { Person } from './normalize';
import type { FrequentAbsentee } from './types';

/**
 * Frequent absentees (frequent verzuim): people with at least `threshold` reports (cases
 * starting) in `window`, by default the 12 months up to the period end (basisarbodienst.nl:
 * ≥ 3 reports in 12 months). Sorted by reports, most first.
 */
export function frequentAbsentees(
  people: readonly Person[],
  window: DayRange,
  threshold: number,
): FrequentAbsentee[] {
  const out: FrequentAbsentee[] = [];
  for (const p of people) {
    let reports = 0;
    for (const c of p.cases) {
      if (c.start > window.end) break;
      if (c.start >= window.start) reports += 1;
    }
    if (reports >= threshold) out.push({ employeeId: p.id, reports });
  }
  return out.sort((a, b) => b.reports - a.reports || (a.employeeId < b.employeeId ? -1 : 1));
}
