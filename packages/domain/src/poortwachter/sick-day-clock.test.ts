import { describe, expect, it } from 'vitest';
import { dateOfSickDay, sickDaysThrough, totalSickDays, weekOfSickDay } from './sick-day-clock';
import type { TCasePeriod } from './types';

const open = (start: string): TCasePeriod[] => [{ start, end: null }];
// Leap-year relapse: sick 20–29 Feb 2024 (10 days), fit 1–9 Mar (9 gap days), sick again from 10 Mar.
const leapRelapse: TCasePeriod[] = [
  { start: '2024-02-20', end: '2024-02-29' },
  { start: '2024-03-10', end: null },
];

describe('dateOfSickDay', () => {
  it.each([
    // [periods, n, expected, arithmetic]
    [open('2022-01-03'), 1, '2022-01-03', 'day 1 = first sick day'],
    [open('2022-01-03'), 7, '2022-01-09', '3 Jan + 6'],
    [open('2022-01-03'), 728, '2023-12-31', '3 Jan 2022 + 727 = 31 Dec 2023 (week 104)'],
    [leapRelapse, 7, '2024-02-26', '20 Feb + 6'],
    [leapRelapse, 10, '2024-02-29', '20 Feb + 9: the leap day is a sick day'],
    [leapRelapse, 11, '2024-03-10', 'day 11 is the first day after the 9-day gap'],
    [leapRelapse, 42, '2024-04-10', '10 Mar + 31 (days 11…42)'],
  ])('%j day %i → %s (%s)', (periods, n, expected) => {
    expect(dateOfSickDay(periods, n)).toBe(expected);
  });

  it('projects past the last sick day of a closed case as if sickness had continued', () => {
    // 3–9 Jan 2022 = 7 sick days; day 8 would have been 10 Jan.
    expect(dateOfSickDay([{ start: '2022-01-03', end: '2022-01-09' }], 8)).toBe('2022-01-10');
  });

  it('rejects day numbers below 1', () => {
    expect(() => dateOfSickDay(open('2022-01-03'), 0)).toThrow(RangeError);
  });
});

describe('sickDaysThrough / totalSickDays / weekOfSickDay', () => {
  it.each([
    ['2024-02-19', 0, 'before the first sick day'],
    ['2024-02-29', 10, '20…29 Feb'],
    ['2024-03-05', 10, 'in the gap: gap days do not count'],
    ['2024-03-10', 11, 'first day back on the clock'],
  ])('sick days through %s = %i (%s)', (date, expected) => {
    expect(sickDaysThrough(leapRelapse, date)).toBe(expected);
  });

  it('totals a closed case and returns null for an open one', () => {
    // Jan 3…31 = 29, Feb = 28, Mar 1…3 = 3 → 60
    expect(totalSickDays([{ start: '2022-01-03', end: '2022-03-03' }])).toBe(60);
    expect(totalSickDays(leapRelapse)).toBeNull();
  });

  it.each([
    [0, 0],
    [1, 1],
    [7, 1],
    [8, 2],
    [728, 104],
  ])('sick day %i is in week %i', (n, week) => expect(weekOfSickDay(n)).toBe(week));
});
