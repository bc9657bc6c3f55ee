import { describe, expect, it } from 'vitest';
import { PoortwachterInputError, type TInputIssue } from './input-error';
import { timelineFromJson } from './timeline-from-json';
import type { TCaseTimeline } from './types';

const dueOf = (c: TCaseTimeline | undefined, key: string) => c?.milestones.find((m) => m.key === key)?.due;

function issuesOf(input: unknown): TInputIssue[] {
  try {
    timelineFromJson(input);
  } catch (error) {
    if (error instanceof PoortwachterInputError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a PoortwachterInputError');
}

describe('worked examples (docs/poortwachter.md)', () => {
  it('sick from 3 Jan 2022 without interruption → week 104 ends 31 Dec 2023', () => {
    // 3 Jan 2022 + 727 days: DOY 3 + 727 = 730 = 365 (2022) + 365 → 31 Dec 2023
    const t = timelineFromJson({ asOf: '2022-06-01', periods: [{ start: '2022-01-03', end: null }] });
    expect(t.ruleSet).toBe('wvp-2013-r2');
    expect(t.cases).toHaveLength(1);
    expect(dueOf(t.cases[0], 'einde_wachttijd')).toBe('2023-12-31');
  });

  it('sick 3 Jan–3 Jul 2022, fit 4–24 Jul, sick again from 25 Jul → one case, week 104 ends 21 Jan 2024', () => {
    // fit 4…24 Jul = 21 days < 28 → one case; gap days do not count, so 31 Dec 2023 + 21 = 21 Jan 2024
    // (rviregister.nl words it as "1 Jan moves to 22 Jan": the first day after the wachttijd)
    const t = timelineFromJson({
      asOf: '2022-08-01',
      periods: [
        { start: '2022-01-03', end: '2022-07-03' },
        { start: '2022-07-25', end: null },
      ],
    });
    expect(t.cases).toHaveLength(1);
    const [only] = t.cases;
    expect(dueOf(only, 'einde_wachttijd')).toBe('2024-01-21');
    // 3 Jan … 3 Jul = 29 + 28 + 31 + 30 + 31 + 30 + 3 = 182, plus 25 Jul … 1 Aug = 8 → 190
    expect(only).toMatchObject({ sickDays: 190, week: 28, lastSickDay: null });
  });
});

describe('done records and several cases', () => {
  const periods = [
    { start: '2022-01-03', end: '2022-01-30' },
    { start: '2022-02-28', end: null }, // 28 fit days: a new case
  ];

  it('attributes a done record to the case running on its date', () => {
    const t = timelineFromJson({
      asOf: '2022-03-20',
      periods,
      done: { ziekmelding_arbodienst: { date: '2022-03-02' } },
    });
    const [first, second] = t.cases;
    expect(first?.milestones.find((m) => m.key === 'ziekmelding_arbodienst')?.status).toBe('overdue');
    expect(second?.milestones.find((m) => m.key === 'ziekmelding_arbodienst')).toMatchObject({
      status: 'done',
      doneOn: '2022-03-02',
    });
  });

  it('applies the loonsanctie to the most recent case only', () => {
    const t = timelineFromJson({ asOf: '2022-03-20', periods, loonsanctieWeeks: 10 });
    expect(dueOf(t.cases[0], 'einde_loonsanctie')).toBeUndefined();
    // 28 Feb 2022 + 7 × 114 − 1 = + 797: + 730 = 28 Feb 2024, + 67 = 5 May 2024
    expect(dueOf(t.cases[1], 'einde_loonsanctie')).toBe('2024-05-05');
  });
});

describe('safety net and leave in the JSON input', () => {
  it.each([
    ['pregnancyRelated (issue 3 contract)', { pregnancyRelated: true }],
    ['safetyNet', { safetyNet: true }],
  ])('accepts %s as a vangnet period, on the same case as ordinary sickness', (_name, flag) => {
    const t = timelineFromJson({
      asOf: '2022-04-20',
      periods: [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-01', end: null, ...flag }, // 1 fit day: same case
      ],
    });
    expect(t.cases).toHaveLength(1);
    const [only] = t.cases;
    expect(only?.periods).toEqual([
      { start: '2022-01-03', end: '2022-01-30' },
      { start: '2022-02-01', end: null, safetyNet: true },
    ]);
    expect(dueOf(only, 'uwv_vangnet_melding')).toBe('2022-02-04'); // 4th sick day: 1 Feb + 3
    // mixed case: the 42e-weeksmelding stays; 1 gap day → week 42 ends Mon 24 Oct → due Tue 25 Oct
    expect(dueOf(only, 'uwv_42e_week_melding')).toBe('2022-10-25');
    // 3 Jan–30 Jan = 28, 1 Feb–20 Apr = 28 + 31 + 20 = 79 → 107 sick days, week 16
    expect(only).toMatchObject({ sickDays: 107, week: 16 });
  });

  it('pregnancyRelated: false is ordinary sickness', () => {
    const t = timelineFromJson({
      asOf: '2022-04-01',
      periods: [{ start: '2022-03-07', end: null, pregnancyRelated: false }],
    });
    expect(dueOf(t.cases[0], 'uwv_vangnet_melding')).toBeUndefined();
  });

  it('bridges sickness before and after a 16-week leave', () => {
    const t = timelineFromJson({
      asOf: '2022-07-03',
      periods: [
        { start: '2022-01-03', end: '2022-03-06' },
        { start: '2022-06-27', end: null },
      ],
      leaves: [{ start: '2022-03-07', end: '2022-06-26' }],
    });
    expect(t.cases).toHaveLength(1);
    // 3 Jan–6 Mar = 29 + 28 + 6 = 63, 27 Jun–3 Jul = 7 → 70 sick days, week 10; leave not counted
    expect(t.cases[0]).toMatchObject({ sickDays: 70, week: 10 });
    expect(dueOf(t.cases[0], 'einde_wachttijd')).toBe('2024-04-21');
  });
});

describe('invalid input lists each bad field', () => {
  const ok = { start: '2022-01-03', end: null };
  it.each<[string, unknown, Array<[string, string]>]>([
    ['not an object', 42, [['input', 'invalid_shape']]],
    ['impossible asOf', { asOf: '2023-02-29', periods: [ok] }, [['asOf', 'invalid_date']]],
    ['no periods', { asOf: '2022-06-01', periods: [] }, [['periods', 'invalid_shape']]],
    [
      'missing end',
      { asOf: '2022-06-01', periods: [{ start: '2022-01-03' }] },
      [['periods[0].end', 'invalid_shape']],
    ],
    [
      'unknown field',
      { asOf: '2022-06-01', periods: [{ ...ok, pregnant: true }] },
      [['periods[0].pregnant', 'invalid_shape']],
    ],
    [
      'end before start, then out of order',
      {
        asOf: '2022-06-01',
        periods: [
          { start: '2022-01-10', end: '2022-01-20' },
          { start: '2022-02-10', end: '2022-02-01' },
          { start: '2022-01-31', end: null },
        ],
      },
      [
        ['periods[1].end', 'end_before_start'],
        ['periods[2].start', 'not_chronological'],
      ],
    ],
    [
      'overlap',
      {
        asOf: '2022-06-01',
        periods: [
          { start: '2022-01-10', end: '2022-01-20' },
          { start: '2022-01-20', end: null },
        ],
      },
      [['periods[1].start', 'overlap']],
    ],
    [
      'open period not last',
      { asOf: '2022-06-01', periods: [ok, { start: '2022-05-01', end: '2022-05-02' }] },
      [['periods[0].end', 'open_not_last']],
    ],
    [
      'after asOf',
      {
        asOf: '2022-06-01',
        periods: [
          { start: '2022-05-01', end: '2022-06-02' },
          { start: '2022-07-01', end: null },
        ],
      },
      [
        ['periods[0].end', 'after_as_of'],
        ['periods[1].start', 'after_as_of'],
      ],
    ],
    [
      'leave overlapping a sick period',
      { asOf: '2022-06-01', periods: [ok], leaves: [{ start: '2022-03-01', end: '2022-06-20' }] },
      [['leaves[0].start', 'overlap']],
    ],
    [
      'leave without end',
      { asOf: '2022-06-01', periods: [ok], leaves: [{ start: '2021-03-01' }] },
      [['leaves[0].end', 'invalid_shape']],
    ],
    [
      'loonsanctie over 52 weeks',
      { asOf: '2022-06-01', periods: [ok], loonsanctieWeeks: 53 },
      [['loonsanctieWeeks', 'out_of_range']],
    ],
    [
      'unknown milestone',
      { asOf: '2022-06-01', periods: [ok], done: { plan: { date: '2022-02-01' } } },
      [['done.plan', 'unknown_milestone']],
    ],
    [
      'done before the case',
      { asOf: '2022-06-01', periods: [ok], done: { probleemanalyse: { date: '2021-12-01' } } },
      [['done.probleemanalyse.date', 'done_before_case']],
    ],
    [
      'done date not a date',
      { asOf: '2022-06-01', periods: [ok], done: { probleemanalyse: { date: '1 feb' } } },
      [['done.probleemanalyse.date', 'invalid_date']],
    ],
    [
      'before any rule set',
      { asOf: '2012-01-01', periods: [{ start: '2011-12-01', end: null }] },
      [['asOf', 'no_rule_set']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(issuesOf(input).map((i) => [i.field, i.code])).toEqual(expected);
  });

  it('puts the first bad field on the error and every field in the message', () => {
    const input = {
      asOf: '2022-06-01',
      periods: [
        { start: '2022-01-10', end: '2022-01-01' },
        { start: '2022-01-05', end: null },
      ],
    };
    expect(() => timelineFromJson(input)).toThrow(/periods\[0\]\.end: .*; periods\[1\]\.start: /);
    try {
      timelineFromJson(input);
    } catch (error) {
      expect(error).toBeInstanceOf(PoortwachterInputError);
      expect((error as PoortwachterInputError).field).toBe('periods[0].end');
    }
  });
});
