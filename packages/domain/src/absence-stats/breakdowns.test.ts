import { describe, expect, it } from 'vitest';
import { ageBandLabels, ageBandOf } from './age-bands';
import { computeAbsenceStats } from './compute-absence-stats';
import { subPeriods } from './sub-periods';
import { crowd, input, job, person, sick } from './test-fixtures';
import type { BreakdownGroup } from './types';

/** `key: figure-or-reason` per group, to compare a breakdown at a glance. */
const shape = (groups: BreakdownGroup[]) =>
  Object.fromEntries(groups.map((g) => [String(g.key), g.suppressed ? g.reason : g.employees]));

describe('breakdown by unit with small-group suppression', () => {
  it.each([
    // U2 (4) is below 5; hidden people 4 < 5, so the smallest shown group U1 (5) is hidden too:
    // otherwise total − U1 − U3 would reveal U2.
    [
      'one small group hides the smallest other too',
      { U1: 5, U2: 4, U3: 6 },
      5,
      { U1: 'complementary', U2: 'min_group_size', U3: 6 },
    ],
    // U2 (4) + U3 (3) hidden = 7 ≥ 5: no extra suppression
    [
      'two small groups cover each other',
      { U1: 5, U2: 4, U3: 3, U4: 7 },
      5,
      { U1: 5, U2: 'min_group_size', U3: 'min_group_size', U4: 7 },
    ],
    // exactly 5 is enough
    ['groups of exactly the minimum are shown', { U1: 5, U2: 5 }, 5, { U1: 5, U2: 5 }],
    // a stricter minimum of 6 hides U1 (5); with U2 (6) hidden too against differencing
    ['stricter minimum', { U1: 5, U2: 6, U3: 8 }, 6, { U1: 'min_group_size', U2: 'complementary', U3: 8 }],
  ])('%s', (_, sizes, minGroupSize, expected) => {
    const people = Object.entries(sizes).flatMap(([unitId, n]) => crowd(`${unitId}-`, n, { unitId }));
    const stats = computeAbsenceStats(input(people, []), { minGroupSize });
    expect(shape(stats.breakdowns.byUnit)).toEqual(expected);
  });

  it('computes the figures of a shown unit from its own people only', () => {
    // U1: 6 full-timers, one sick 10 days → 10 / (6 × 91); U2: 5 people, one sick 91 days (ignored for U1)
    const people = [...crowd('a', 6, { unitId: 'U1' }), ...crowd('b', 5, { unitId: 'U2' })];
    const stats = computeAbsenceStats(
      input(people, [sick('a1', '2024-01-08', '2024-01-17'), sick('b1', '2024-01-01', '2024-03-31')]),
    );
    const u1 = stats.breakdowns.byUnit.find((g) => g.key === 'U1');
    expect(u1?.suppressed).toBe(false);
    if (u1?.suppressed === false) {
      expect(u1.verzuimpercentage).toBeCloseTo((10 / (6 * 91)) * 100, 10);
      expect(u1.nulverzuim).toBeCloseTo((5 / 6) * 100, 10);
    }
    // totals: (10 + 91) / (11 × 91)
    expect(stats.totals.verzuimpercentage).toBeCloseTo((101 / (11 * 91)) * 100, 10);
  });

  it('groups people without a unit under key null', () => {
    const people = [...crowd('a', 5, { unitId: 'U1' }), ...crowd('x', 5)];
    expect(shape(computeAbsenceStats(input(people, [])).breakdowns.byUnit)).toEqual({ U1: 5, null: 5 });
  });
});

describe('age bands', () => {
  it('labels the default bands', () =>
    expect(ageBandLabels([25, 35, 45, 55, 60])).toEqual(['<25', '25-34', '35-44', '45-54', '55-59', '60+']));

  it.each([
    // age on 31 Mar 2024
    ['1999-04-01', '<25'], // 24
    ['1999-03-31', '25-34'], // 25 on the day
    ['1964-04-01', '55-59'], // 59
    ['1964-03-31', '60+'], // 60 on the day
    [null, null],
  ])('born %s → %s', (birth, band) =>
    expect(ageBandOf([25, 35, 45, 55, 60], birth, '2024-03-31')).toBe(band),
  );

  it('breaks down by age at the period end, suppressing small bands', () => {
    // 5 people aged 25-34, 6 aged 35-44, 1 without birth date. The unknown group (1) is hidden,
    // so the smallest shown band (25-34, 5 people) is hidden as well; empty bands are hidden.
    const people = [
      ...crowd('y', 5, { birthDate: '1995-06-01' }),
      ...crowd('m', 6, { birthDate: '1985-06-01' }),
      person('u'),
    ];
    expect(shape(computeAbsenceStats(input(people, [])).breakdowns.byAgeBand)).toEqual({
      '<25': 'min_group_size',
      '25-34': 'complementary',
      '35-44': 6,
      '45-54': 'min_group_size',
      '55-59': 'min_group_size',
      '60+': 'min_group_size',
      null: 'min_group_size',
    });
  });
});

describe('breakdown by sub-period', () => {
  it.each([
    [
      'months, clipped to the period',
      '2024-01-15',
      '2024-03-10',
      'month' as const,
      [
        { key: '2024-01', from: '2024-01-15', to: '2024-01-31' },
        { key: '2024-02', from: '2024-02-01', to: '2024-02-29' },
        { key: '2024-03', from: '2024-03-01', to: '2024-03-10' },
      ],
    ],
    [
      'quarters, clipped to the period',
      '2024-02-10',
      '2024-08-05',
      'quarter' as const,
      [
        { key: '2024-Q1', from: '2024-02-10', to: '2024-03-31' },
        { key: '2024-Q2', from: '2024-04-01', to: '2024-06-30' },
        { key: '2024-Q3', from: '2024-07-01', to: '2024-08-05' },
      ],
    ],
    [
      'one day',
      '2024-12-31',
      '2024-12-31',
      'quarter' as const,
      [{ key: '2024-Q4', from: '2024-12-31', to: '2024-12-31' }],
    ],
  ])('%s', (_, from, to, unit, expected) => expect(subPeriods(from, to, unit)).toEqual(expected));

  it('computes each quarter on its own days', () => {
    // H1 2024, 6 full-timers; one case 30 Mar–2 Apr: 2 days in Q1 (91 days), 2 in Q2 (91 days).
    // Q1: 2 / (6 × 91); 1 report → MF 1 / 6 × 365 / 91. Q2: 2 / (6 × 91); case ends → duur 4 days.
    const stats = computeAbsenceStats(
      input(crowd('p', 6), [sick('p1', '2024-03-30', '2024-04-02')], {
        from: '2024-01-01',
        to: '2024-06-30',
      }),
    );
    const [q1, q2] = stats.breakdowns.bySubPeriod;
    if (q1?.suppressed !== false || q2?.suppressed !== false) throw new Error('expected figures');
    expect([q1.key, q1.from, q1.to]).toEqual(['2024-Q1', '2024-01-01', '2024-03-31']);
    expect(q1.verzuimpercentage).toBeCloseTo((2 / 546) * 100, 10);
    expect(q1.meldingsfrequentie).toBeCloseTo((1 / 6) * (365 / 91), 10);
    expect(q1.gemiddeldeVerzuimduur).toBeNull();
    expect(q2.verzuimpercentage).toBeCloseTo((2 / 546) * 100, 10);
    expect(q2.meldingsfrequentie).toBe(0);
    expect(q2.gemiddeldeVerzuimduur).toBe(4);
  });

  it('hides a quarter with too few people, and its complement', () => {
    // 5 people in Q1, one leaves on 31 Mar → 4 in Q2: Q2 is hidden and, since the year total
    // minus Q1 would reveal it, Q1 too.
    const people = [...crowd('p', 4), person('l', { employments: [job('2020-01-01', '2024-03-31')] })];
    const stats = computeAbsenceStats(input(people, [], { from: '2024-01-01', to: '2024-06-30' }));
    expect(shape(stats.breakdowns.bySubPeriod)).toEqual({
      '2024-Q1': 'complementary',
      '2024-Q2': 'min_group_size',
    });
  });
});
