import type { DayRange } from './day-count';
import type { Person } from './normalize';
import type { DurationClass, DurationClassCount } from './types';

/** The class a case of `days` calendar days falls in (classes are contiguous from day 1, last open-ended). */
export function durationClassOf(classes: readonly DurationClass[], days: number): DurationClass {
  for (const c of classes) if (c.maxDays === null || days <= c.maxDays) return c;
  throw new RangeError('duration classes must end open-ended');
}

/**
 * Counts cases per duration class (Vernet classes by default) in two ways:
 * - `ended`: cases whose last sick day lies in the period, by their full length (as for the
 *   gemiddelde verzuimduur, days before the period included);
 * - `overlapping`: every case with a sick day in the period, ongoing ones too, by their length
 *   so far: first sick day to min(last sick day, period end).
 */
export function countDurationClasses(
  people: readonly Person[],
  period: DayRange,
  classes: readonly DurationClass[],
): { ended: DurationClassCount[]; overlapping: DurationClassCount[] } {
  const ended = new Map(classes.map((c) => [c.key, 0]));
  const overlapping = new Map(classes.map((c) => [c.key, 0]));
  const bump = (m: Map<string, number>, days: number) => {
    const key = durationClassOf(classes, days).key;
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  for (const p of people) {
    for (const c of p.cases) {
      if (c.start > period.end) break;
      if (c.end < period.start) continue;
      if (c.end <= period.end) bump(ended, c.end - c.start + 1);
      bump(overlapping, Math.min(c.end, period.end) - c.start + 1);
    }
  }
  const list = (m: Map<string, number>) => classes.map((c) => ({ ...c, count: m.get(c.key) ?? 0 }));
  return { ended: list(ended), overlapping: list(overlapping) };
}
