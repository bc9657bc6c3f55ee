import { describe, expect, it } from 'vitest';
import { buildCases } from './build-cases';
import { PoortwachterInputError } from './input-error';
import type { TLeaveInput, TSicknessPeriodInput } from './types';
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

describe('buildCases — safety-net (vangnet) periods: one case whatever the cause (domain-rules §1.2)', () => {
  // ordinary 3–30 Jan 2022; fit 31 Jan (1 day); pregnancy-related (vangnet) 1 Feb–31 Mar; fit 1–9 Apr
  // (9 days); ordinary again from 10 Apr. Every fit gap is < 28 days, so it is ONE case.
  const mixed: TSicknessPeriodInput[] = [
    { start: '2022-01-03', end: '2022-01-30' },
    { start: '2022-02-01', end: '2022-03-31', safetyNet: true },
    { start: '2022-04-10', end: null },
  ];

  it('adds ordinary and safety-net periods together and keeps the flag per period', () => {
    const result = cases(mixed);
    expect(result).toHaveLength(1);
    expect(result[0]).toEqual({
      periods: [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-01', end: '2022-03-31', safetyNet: true },
        { start: '2022-04-10', end: null },
      ],
      firstSickDay: '2022-01-03',
      lastSickDay: null,
      relapseMergesUntil: null,
    });
  });

  it.each<[string, TSicknessPeriodInput[], Array<[string, string | null]>]>([
    [
      'ordinary after 27 fit days following a vangnet period → same case',
      [
        { start: '2022-02-01', end: '2022-03-31', safetyNet: true },
        { start: '2022-04-28', end: null }, // fit 1–27 Apr = 27 days
      ],
      [['2022-02-01', null]],
    ],
    [
      'ordinary after 28 fit days following a vangnet period → new case',
      [
        { start: '2022-02-01', end: '2022-03-31', safetyNet: true },
        { start: '2022-04-29', end: null }, // fit 1–28 Apr = 28 days
      ],
      [
        ['2022-02-01', '2022-04-28'], // 31 Mar + 28
        ['2022-04-29', null],
      ],
    ],
    [
      'vangnet after 10 fit days following ordinary sickness → same case',
      [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-10', end: null, safetyNet: true }, // fit 31 Jan–9 Feb = 10 days
      ],
      [['2022-01-03', null]],
    ],
  ])('%s', (_name, periods, expected) => {
    expect(cases(periods).map((c) => [c.firstSickDay, c.relapseMergesUntil])).toEqual(expected);
  });
});

describe('buildCases — pregnancy/maternity leave is neither sick nor fit (art. 7:629 lid 10 BW)', () => {
  // 16 weeks of leave: 7 Mar … 26 Jun 2022 = 25 (Mar) + 30 + 31 + 26 = 112 days.
  const leave = { start: '2022-03-07', end: '2022-06-26' };

  it.each<[string, TSicknessPeriodInput[], number, Array<[string, string | null]>]>([
    [
      'sick directly before and after the leave → one case',
      [
        { start: '2022-01-03', end: '2022-03-06' },
        { start: '2022-06-27', end: null },
      ],
      1,
      [['2022-01-03', null]],
    ],
    [
      '14 fit days before + 13 after = 27 → one case',
      [
        { start: '2022-01-03', end: '2022-02-20' }, // fit 21 Feb–6 Mar = 14 days
        { start: '2022-07-10', end: null }, // fit 27 Jun–9 Jul = 13 days
      ],
      1,
      [['2022-01-03', null]],
    ],
    [
      '14 fit days before + 14 after = 28 → two cases',
      [
        { start: '2022-01-03', end: '2022-02-20' },
        { start: '2022-07-11', end: null }, // fit 27 Jun–10 Jul = 14 days
      ],
      2,
      // 20 Feb + 28 = 20 Mar, plus the 112 leave days in the window → 10 Jul
      [
        ['2022-01-03', '2022-07-10'],
        ['2022-07-11', null],
      ],
    ],
  ])('%s', (_name, periods, count, expected) => {
    const result = buildCases(periods, wvp2013, [leave]);
    expect(result).toHaveLength(count);
    expect(result.map((c) => [c.firstSickDay, c.relapseMergesUntil])).toEqual(expected);
  });

  it('without the leave the same sickness is two cases (112 days apart)', () => {
    const result = cases([
      { start: '2022-01-03', end: '2022-03-06' },
      { start: '2022-06-27', end: null },
    ]);
    expect(result).toHaveLength(2);
  });

  it('a leave after the last recorded sickness still extends the relapse window', () => {
    // sick until 6 Mar; 28 + 112 days → relapse merges until 6 Mar + 140 = 24 Jul
    const [only] = buildCases([{ start: '2022-01-03', end: '2022-03-06' }], wvp2013, [leave]);
    expect(only?.relapseMergesUntil).toBe('2022-07-24');
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

  const sickJan = [{ start: '2022-01-03', end: '2022-01-30' }];
  it.each<[string, TSicknessPeriodInput[], TLeaveInput[], string, string]>([
    [
      'leave ends before it starts',
      sickJan,
      [{ start: '2022-03-10', end: '2022-03-01' }],
      'leaves[0].end',
      'end_before_start',
    ],
    [
      'leave overlaps a sick period',
      sickJan,
      [{ start: '2022-01-30', end: '2022-05-20' }],
      'leaves[0].start',
      'overlap',
    ],
    [
      'leave on or after the start of an open period',
      [{ start: '2022-01-03', end: null }],
      [{ start: '2022-03-01', end: '2022-06-20' }],
      'leaves[0].start',
      'overlap',
    ],
    [
      'leaves overlap each other',
      sickJan,
      [
        { start: '2022-03-01', end: '2022-04-01' },
        { start: '2022-04-01', end: '2022-05-01' },
      ],
      'leaves[1].start',
      'overlap',
    ],
    [
      'leaves not in date order',
      sickJan,
      [
        { start: '2022-05-01', end: '2022-05-10' },
        { start: '2022-03-01', end: '2022-03-10' },
      ],
      'leaves[1].start',
      'not_chronological',
    ],
    [
      'impossible leave date',
      sickJan,
      [{ start: '2022-02-30', end: '2022-05-01' }],
      'leaves[0].start',
      'invalid_date',
    ],
  ])('%s → %s', (_name, periods, leaves, field, code) => {
    let error: unknown;
    try {
      buildCases(periods, wvp2013, leaves);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PoortwachterInputError);
    const inputError = error as PoortwachterInputError;
    expect(inputError.field).toBe(field);
    expect(inputError.issues).toEqual([expect.objectContaining({ field, code })]);
  });
});
