import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { countDays, mergeRanges } from './day-count';

const count = (basis: 'calendar' | 'working', from: string, to: string) =>
  countDays(basis, toDayNumber(from), toDayNumber(to));

describe('countDays', () => {
  it.each([
    ['calendar', '2024-01-01', '2024-03-31', 91],
    ['working', '2024-01-01', '2024-03-31', 65], // 13 whole weeks × 5
    ['working', '2024-01-06', '2024-01-07', 0], // Sat–Sun
    ['working', '2024-01-05', '2024-01-08', 2], // Fri–Mon
    ['working', '2024-01-03', '2024-01-03', 1], // one Wednesday
    ['working', '2024-02-01', '2024-02-29', 21], // leap February, starts on a Thursday
    ['working', '1969-12-29', '1970-01-04', 5], // a week across day 0 (negative day numbers)
    ['calendar', '2024-01-02', '2024-01-01', 0], // empty range
    ['working', '2024-01-02', '2024-01-01', 0],
  ] as const)('%s %s..%s = %i', (basis, from, to, n) => expect(count(basis, from, to)).toBe(n));

  it('agrees with a day-by-day count over two years of ranges', () => {
    const start = toDayNumber('2023-01-01');
    const isWeekday = (d: number) => new Date(d * 86_400_000).getUTCDay() % 6 !== 0;
    for (let a = start; a < start + 30; a++) {
      for (let b = a - 1; b < a + 730; b += 17) {
        let slow = 0;
        for (let d = a; d <= b; d++) if (isWeekday(d)) slow++;
        expect(countDays('working', a, b)).toBe(slow);
      }
    }
  });
});

describe('mergeRanges', () => {
  it('merges overlapping and adjacent ranges and keeps gaps', () => {
    expect(
      mergeRanges([
        { start: 10, end: 20 },
        { start: 1, end: 5 },
        { start: 6, end: 8 },
        { start: 15, end: Number.POSITIVE_INFINITY },
        { start: -5, end: -3 },
      ]),
    ).toEqual([
      { start: -5, end: -3 },
      { start: 1, end: 8 },
      { start: 10, end: Number.POSITIVE_INFINITY },
    ]);
  });
});
