import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isIsoDate, isoWeekday } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
  ])('isIsoDate(%s) = %s', (d, ok) => expect(isIsoDate(d)).toBe(ok));

  it.each([
    ['2022-01-03', 727, '2023-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-03-26', 1, '2023-03-27'], // DST change in Europe/Amsterdam
    ['2024-01-01', -1, '2023-12-31'],
  ])('addDays(%s, %i) = %s', (d, n, out) => expect(addDays(d, n)).toBe(out));

  it('daysBetween counts calendar days', () => expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366));
  it('isoWeekday', () => {
    expect(isoWeekday('2026-11-27')).toBe(5);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['1960-05-10', 12 * 67 + 3, '2027-08-10'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => expect(addMonths(d, n)).toBe(out));
  it.each([
    ['1960-05-10', '2027-05-09', 66],
    ['1960-05-10', '2027-05-10', 67],
    ['2000-02-29', '2001-02-28', 0],
  ])('ageOn(%s, %s) = %i', (b, on, age) => expect(ageOn(b, on)).toBe(age));
});
