/*
 * Sick-day clock (conventions of the whole Poortwachter module):
 * - the first sick day is sick-day 1, and week 1 starts on it (not on a Monday);
 * - week N ends on sick-day 7N; a milestone "in week N" is due on the date of sick-day 7N;
 * - only sick days count: days of full recovery between merged periods (the samentel gap) do
 *   not move the clock (art. 7:629 lid 10 BW);
 * - a partial return to work is still sickness: input periods are spells of (partial) incapacity.
 */
import { addDays, daysBetween, type IsoDate, minDate } from '../dates';
import type { TCasePeriod } from './types';

/** Last sick-day number of week `week` (7N). */
export const lastSickDayOfWeek = (week: number): number => 7 * week;

/** First sick-day number of week `week` (7(N−1) + 1). */
export const firstSickDayOfWeek = (week: number): number => 7 * (week - 1) + 1;

/** Week of sickness that sick-day `n` falls in (⌈n / 7⌉; 0 for n ≤ 0). */
export const weekOfSickDay = (n: number): number => (n <= 0 ? 0 : Math.ceil(n / 7));

/**
 * Date of sick-day `n` (1-based) of a case whose periods are in date order. Gap days are skipped.
 * Past the recorded sick days the clock runs on as if the employee stayed sick without
 * interruption: for an open case (last `end` null) that is the projection of future milestones;
 * for a closed case it gives the hypothetical date, which callers mark `not_applicable`.
 */
export function dateOfSickDay(periods: readonly TCasePeriod[], n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Sick-day number must be an integer ≥ 1, got ${n}`);
  let counted = 0;
  let lastEnd: IsoDate | undefined;
  for (const p of periods) {
    if (p.end === null) return addDays(p.start, n - counted - 1);
    const length = daysBetween(p.start, p.end) + 1;
    if (n <= counted + length) return addDays(p.start, n - counted - 1);
    counted += length;
    lastEnd = p.end;
  }
  if (lastEnd === undefined) throw new RangeError('A case needs at least one period');
  return addDays(lastEnd, n - counted);
}

/** Number of sick days on or before `date` (gap days excluded). */
export function sickDaysThrough(periods: readonly TCasePeriod[], date: IsoDate): number {
  let total = 0;
  for (const p of periods) {
    if (p.start > date) break;
    const end = p.end === null ? date : minDate(p.end, date);
    total += daysBetween(p.start, end) + 1;
  }
  return total;
}

/** Total sick days of a closed case, or `null` while it is open. */
export function totalSickDays(periods: readonly TCasePeriod[]): number | null {
  let total = 0;
  for (const p of periods) {
    if (p.end === null) return null;
    total += daysBetween(p.start, p.end) + 1;
  }
  return total;
}
