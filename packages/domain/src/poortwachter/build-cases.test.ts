import { describe, expect, it } from 'vitest';
import { buildCases } from './build-cases';
import { PoortwachterInputError } from './input-error';
import type { TSicknessPeriodInput } from './types';
import { wvp2013 } from './wvp-2013';

const cases = (periods: TSicknessPeriodInput[]) => buildCases(periods, wvp2013);

describe('buildCases — samentelregel (art. 7:629 lid 10 BW)', () => {
  // Sick 3–30 Jan 2022 (28 days), then a relapse.
  const first = { start: '2022-01-03', end: '2022-01-30' };

  it.each([
    // [relapse start, fit days, number of cases]
    ['2022-02-27', 27, 1], // fit 31 Jan … 26 Feb = 1 + 26 = 27 days < 28 → added together
    ['2022-02-28', 28, 2], // fit 31 Jan … 27 Feb = 1 + 27 = 28 days → new case
  ])('relapse on %s after %i fit days → %i case(s)', (relapse, _gap, count) => {
    const result = cases([first, { start: relapse, end: null }]);
    expect(result).toHaveLength(count);
    expect(result[0]?.firstSickDay).toBe('2022-01-03');
  });

  it('a merged case keeps both periods; a separate case starts its own clock', () => {
    const merged = cases([first, { start: '2022-02-27', end: null }]);
    expect(merged[0]?.periods).toEqual([first, { start: '2022-02-27', end: null }]);
    expect(merged[0]?.lastSickDay).toBeNull();

    const split = cases([first, { start: '2022-02-28', end: null }]);
    expect(split.map((c) => [c.firstSickDay, c.lastSickDay])).toEqual([
      ['2022-01-03', '2022-01-30'],
      ['2022-02-28', null],
    ]);
    // 30 Jan + 28 = 27 Feb: the last relapse date that would still have been added.
    expect(split[0]?.relapseMergesUntil).toBe('2022-02-27');
    expect(split[1]?.relapseMergesUntil).toBeNull();
  });

  it('adjacent spells (full, then partial incapacity) are one case without gap days', () => {
    const result = cases([
      { start: '2022-01-03', end: '2022-02-13' },
      { start: '2022-02-14', end: null }, // partial return to work: still sick
    ]);
    expect(result).toHaveLength(1);
  });
});

describe('buildCases — pregnancy-related sickness (ZW art. 29b)', () => {
  it('is its own case kind', () => {
    const result = cases([{ start: '2022-03-07', end: null, pregnancyRelated: true }]);
    expect(result.map((c) => c.kind)).toEqual(['pregnancy']);
  });

  it('is separated from ordinary sickness, but does not count as recovery between ordinary periods', () => {
    // ordinary 3–30 Jan; fit 31 Jan (1 day); pregnancy-related 1 Feb–31 Mar; fit 1–9 Apr (9 days);
    // ordinary again from 10 Apr. 69 calendar days lie between the ordinary periods (31 Jan … 9 Apr), but
    // every fit gap is < 28 days, so both ordinary periods form one ordinary case.
    const result = cases([
      { start: '2022-01-03', end: '2022-01-30' },
      { start: '2022-02-01', end: '2022-03-31', pregnancyRelated: true },
      { start: '2022-04-10', end: null },
    ]);
    expect(result.map((c) => [c.kind, c.periods.length, c.firstSickDay, c.lastSickDay])).toEqual([
      ['ordinary', 2, '2022-01-03', null],
      ['pregnancy', 1, '2022-02-01', '2022-03-31'],
    ]);
  });

  it('ordinary sickness after a 28-day recovery from pregnancy-related sickness is a new case', () => {
    const result = cases([
      { start: '2022-02-01', end: '2022-03-31', pregnancyRelated: true },
      { start: '2022-04-29', end: null }, // fit 1–28 Apr = 28 days
    ]);
    expect(result.map((c) => [c.kind, c.relapseMergesUntil])).toEqual([
      ['pregnancy', '2022-04-28'],
      ['ordinary', null],
    ]);
  });
});

describe('buildCases — invalid input', () => {
  it.each<[string, TSicknessPeriodInput[], string, string]>([
    ['end before start', [{ start: '2022-01-10', end: '2022-01-09' }], 'periods[0].end', 'end_before_start'],
    [
      'overlap',
      [
        { start: '2022-01-03', end: '2022-01-10' },
        { start: '2022-01-10', end: null },
      ],
      'periods[1].start',
      'overlap',
    ],
    [
      'open period not last',
      [
        { start: '2022-01-03', end: null },
        { start: '2022-03-01', end: '2022-03-05' },
      ],
      'periods[0].end',
      'open_not_last',
    ],
    [
      'not in date order',
      [
        { start: '2022-03-01', end: '2022-03-05' },
        { start: '2022-01-03', end: '2022-01-04' },
      ],
      'periods[1].start',
      'not_chronological',
    ],
    ['impossible date', [{ start: '2023-02-29', end: null }], 'periods[0].start', 'invalid_date'],
    ['no periods', [], 'periods', 'invalid_shape'],
  ])('%s → %s', (_name, periods, field, code) => {
    let error: unknown;
    try {
      cases(periods);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PoortwachterInputError);
    const inputError = error as PoortwachterInputError;
    expect(inputError.field).toBe(field);
    expect(inputError.issues).toEqual([expect.objectContaining({ field, code })]);
  });
});
