import type { DayBasis } from './types';

/** An inclusive range of day numbers (days since 1970-01-01); `end` may be `Infinity` (open-ended). */
export type DayRange = { start: number; end: number };

// Day 4 (1970-01-05) was a Monday; counting weeks from a Monday makes the weekday count O(1).
const FIRST_MONDAY = 4;

/** Working days (Mon–Fri) among day numbers below `n`, counted from day 4 (negative before it). */
function workingDaysBefore(n: number): number {
  const d = n - FIRST_MONDAY;
  const weeks = Math.floor(d / 7);
  return weeks * 5 + Math.min(d - weeks * 7, 5);
}

/**
 * Days from `start` to `end` inclusive on the given basis, 0 when the range is empty.
 * Both ends must be finite: clip open ranges to the window first.
 */
export function countDays(basis: DayBasis, start: number, end: number): number {
  if (end < start) return 0;
  return basis === 'calendar' ? end - start + 1 : workingDaysBefore(end + 1) - workingDaysBefore(start);
}

/** Merges overlapping or adjacent ranges into a sorted list of disjoint ranges. */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  if (ranges.length === 1) {
    const only = ranges[0] as DayRange;
    return [{ start: only.start, end: only.end }];
  }
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: DayRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
