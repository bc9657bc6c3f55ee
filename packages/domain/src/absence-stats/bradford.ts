import { countDays, type DayRange } from './day-count';
import type { Person } from './normalize';
import type { BradfordScore, DayBasis } from './types';

/** The Bradford window: a rolling 52 weeks (364 days) up to and including the period end. */
export const BRADFORD_WINDOW_DAYS = 364;

/**
 * Bradford factor B = S² × D: S spells and D days absent in the window. A UK signal that weighs
 * frequent short absence; there are no Dutch thresholds (domain-rules §3, jiscmail OCC-HEALTH).
 * 25 days in 1 spell = 25, in 3 spells = 225, in 6 spells = 900.
 */
export const bradfordFactor = (spells: number, days: number): number => spells * spells * days;

/**
 * Bradford scores of everyone with a spell in `window`. A spell counts when it has a day in the
 * window; D counts its days inside the window on the day basis, whatever the incapacity
 * percentage (the factor measures being away, not how much). Sorted by score, highest first.
 */
export function bradfordScores(
  people: readonly Person[],
  window: DayRange,
  basis: DayBasis,
): BradfordScore[] {
  const out: BradfordScore[] = [];
  for (const p of people) {
    let spells = 0;
    let days = 0;
    for (const c of p.cases) {
      if (c.start > window.end) break;
      if (c.end < window.start) continue;
      spells += 1;
      days += countDays(basis, Math.max(c.start, window.start), Math.min(c.end, window.end));
    }
    if (spells > 0) out.push({ employeeId: p.id, spells, days, score: bradfordFactor(spells, days) });
  }
  return out.sort((a, b) => b.score - a.score || (a.employeeId < b.employeeId ? -1 : 1));
}
