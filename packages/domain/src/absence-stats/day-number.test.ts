import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber } from '../dates';
import { dayNumber, parseDayNumber } from './day-number';

describe('parseDayNumber', () => {
  it('agrees with toDayNumber on every day from 1899 to 2101', () => {
    const wrong: string[] = [];
    for (let d = toDayNumber('1899-01-01'); d <= toDayNumber('2101-12-31'); d++) {
      if (parseDayNumber(fromDayNumber(d)) !== d) wrong.push(fromDayNumber(d));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    '2023-02-29',
    '2100-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-01',
    '2024/01/01',
    '20240101',
    '0050-01-01',
    'abcd-ef-gh',
    '2024-01-01T00:00',
    '',
  ])('rejects %s like isIsoDate does', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(parseDayNumber(s)).toBeNaN();
  });

  it.each(['2024-02-29', '2000-02-29', '0100-01-01', '9999-12-31'])('accepts %s like isIsoDate does', (s) => {
    expect(isIsoDate(s)).toBe(true);
    expect(parseDayNumber(s)).toBe(toDayNumber(s));
  });

  it('dayNumber throws on an invalid date', () => expect(() => dayNumber('2023-02-29')).toThrow(RangeError));
});
