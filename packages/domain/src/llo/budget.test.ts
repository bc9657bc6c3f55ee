import { describe, expect, it } from 'vitest';
import {
  type BudgetEmployment,
  type BudgetRule,
  type BudgetUse,
  budgetStatement,
  checkSpend,
  proRataFactor,
} from './budget';

/*
 * Budget arithmetic. The example rule is an organisation rule of €1,500 and 24 hours a year at full
 * time (36 hours, the cao VVT week), kept for one following year. Pro rata for part-timers is the
 * pro-rata-temporis principle of Directive 97/81/EC (annex, clause 4.2), which BW art. 7:648 accepts.
 */
const RULE: BudgetRule = {
  fromYear: 2024,
  moneyPerYearCents: 150_000,
  hoursPerYear: 24,
  carryOverYears: 1,
  maxCarryOverCents: null,
  maxCarryOverHours: null,
  proRata: 'hours',
  maxPerActivityCents: null,
};
const FULL: BudgetEmployment = { startDate: '2020-01-01', endDate: null, hoursPerWeek: 36 };
const PART: BudgetEmployment = { startDate: '2020-01-01', endDate: null, hoursPerWeek: 24 };

const statement = (
  p: { rule?: Partial<BudgetRule>; rules?: BudgetRule[]; jobs?: BudgetEmployment[]; uses?: BudgetUse[] },
  toYear = 2026,
) =>
  budgetStatement({
    rules: p.rules ?? [{ ...RULE, ...p.rule }],
    employments: p.jobs ?? [FULL],
    fullTimeHours: 36,
    uses: p.uses ?? [],
    toYear,
  });

describe('proRataFactor', () => {
  it.each([
    // [what, employments, pro rata, factor]
    ['full-timer, no pro rata', [FULL], 'none', 1],
    ['part-timer 24/36, no pro rata: the whole amount', [PART], 'none', 1],
    ['part-timer 24/36 by hours', [PART], 'hours', 2 / 3],
    ['part-timer 24/36 by hours and period', [PART], 'hours_and_period', 2 / 3],
    // 1 Jul – 31 Dec 2025 is 184 of 365 days
    ['joiner on 1 July by hours: a full year of hours', [{ ...FULL, startDate: '2025-07-01' }], 'hours', 1],
    [
      'joiner on 1 July by hours and period',
      [{ ...FULL, startDate: '2025-07-01' }],
      'hours_and_period',
      184 / 365,
    ],
    ['leaver on 31 March (90 days)', [{ ...FULL, endDate: '2025-03-31' }], 'hours_and_period', 90 / 365],
    [
      'two jobs of 20 hours: capped at full time',
      [
        { ...PART, hoursPerWeek: 20 },
        { ...PART, hoursPerWeek: 20 },
      ],
      'hours',
      1,
    ],
    ['more than full time: capped at 1', [{ ...FULL, hoursPerWeek: 40 }], 'hours', 1],
    ['not employed in the year', [{ ...FULL, endDate: '2024-12-31' }], 'hours', 0],
    [
      'hours change on 1 July: 18 h, then 36 h',
      [
        { startDate: '2020-01-01', endDate: '2025-06-30', hoursPerWeek: 18 },
        { startDate: '2025-07-01', endDate: null, hoursPerWeek: 36 },
      ],
      'hours',
      (181 * 0.5 + 184) / 365,
    ],
  ] as const)('%s', (_what, jobs, proRata, factor) => {
    expect(proRataFactor(2025, jobs, 36, proRata)).toBeCloseTo(factor, 10);
  });
});

describe('budgetStatement', () => {
  it.each([
    {
      what: 'full-timer without spending: a year is kept one year, then lapses',
      p: {},
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 0,
          carriedOut: 150_000,
        },
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 0,
          available: 300_000,
          lapsed: 150_000,
          carriedOut: 150_000,
        },
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 0,
          available: 300_000,
          lapsed: 150_000,
          carriedOut: 150_000,
        },
      ],
    },
    {
      what: 'part-timer 24/36 by hours: two thirds',
      p: { jobs: [PART] },
      expect: [
        {
          year: 2024,
          allotted: 100_000,
          carriedIn: 0,
          used: 0,
          available: 100_000,
          lapsed: 0,
          carriedOut: 100_000,
        },
        {
          year: 2025,
          allotted: 100_000,
          carriedIn: 100_000,
          used: 0,
          available: 200_000,
          lapsed: 100_000,
          carriedOut: 100_000,
        },
        {
          year: 2026,
          allotted: 100_000,
          carriedIn: 100_000,
          used: 0,
          available: 200_000,
          lapsed: 100_000,
          carriedOut: 100_000,
        },
      ],
    },
    {
      what: 'spending takes the oldest money first (it expires first)',
      p: { uses: [{ year: 2025, cents: 200_000, hours: 0 }] },
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 0,
          carriedOut: 150_000,
        },
        // 150,000 from 2024 and 50,000 from 2025: nothing of 2024 left to lapse
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 200_000,
          available: 100_000,
          lapsed: 0,
          carriedOut: 100_000,
        },
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 100_000,
          used: 0,
          available: 250_000,
          lapsed: 100_000,
          carriedOut: 150_000,
        },
      ],
    },
    {
      what: 'no carry-over: what is left lapses at year end',
      p: { rule: { carryOverYears: 0 }, uses: [{ year: 2024, cents: 40_000, hours: 0 }] },
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 40_000,
          available: 110_000,
          lapsed: 110_000,
          carriedOut: 0,
        },
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 150_000,
          carriedOut: 0,
        },
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 150_000,
          carriedOut: 0,
        },
      ],
    },
    {
      what: 'two years of carry-over capped at €2,000: the oldest money is cut first',
      p: { rule: { carryOverYears: 2, maxCarryOverCents: 200_000 } },
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 0,
          carriedOut: 150_000,
        },
        // 300,000 left, cap 200,000: 100,000 of 2024's money lapses, 50,000 of it stays until end 2026
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 0,
          available: 300_000,
          lapsed: 100_000,
          carriedOut: 200_000,
        },
        // 2024's last 50,000 expires; 2025's 150,000 and 2026's 150,000 remain, capped at 200,000
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 200_000,
          used: 0,
          available: 350_000,
          lapsed: 150_000,
          carriedOut: 200_000,
        },
      ],
    },
    {
      what: 'more approved than available: a negative balance, nothing carried',
      p: { uses: [{ year: 2024, cents: 200_000, hours: 0 }] },
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 200_000,
          available: -50_000,
          lapsed: 0,
          carriedOut: 0,
        },
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 0,
          carriedOut: 150_000,
        },
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 0,
          available: 300_000,
          lapsed: 150_000,
          carriedOut: 150_000,
        },
      ],
    },
    {
      what: 'a new rule from 2026 (€2,000) replaces the old one; carry-over of 2025 follows the old rule',
      p: { rules: [RULE, { ...RULE, fromYear: 2026, moneyPerYearCents: 200_000, carryOverYears: 0 }] },
      expect: [
        {
          year: 2024,
          allotted: 150_000,
          carriedIn: 0,
          used: 0,
          available: 150_000,
          lapsed: 0,
          carriedOut: 150_000,
        },
        {
          year: 2025,
          allotted: 150_000,
          carriedIn: 150_000,
          used: 0,
          available: 300_000,
          lapsed: 150_000,
          carriedOut: 150_000,
        },
        {
          year: 2026,
          allotted: 200_000,
          carriedIn: 150_000,
          used: 0,
          available: 350_000,
          lapsed: 350_000,
          carriedOut: 0,
        },
      ],
    },
    {
      what: 'a joiner in July 2025 with pro rata by hours and period starts in 2025',
      p: { rule: { proRata: 'hours_and_period' }, jobs: [{ ...FULL, startDate: '2025-07-01' }] },
      expect: [
        // 150,000 × 184/365 = 75,616.4 → 75,616 cents
        {
          year: 2025,
          allotted: 75_616,
          carriedIn: 0,
          used: 0,
          available: 75_616,
          lapsed: 0,
          carriedOut: 75_616,
        },
        {
          year: 2026,
          allotted: 150_000,
          carriedIn: 75_616,
          used: 0,
          available: 225_616,
          lapsed: 75_616,
          carriedOut: 150_000,
        },
      ],
    },
  ])('$what', ({ p, expect: rows }) => {
    const got = statement(p as Parameters<typeof statement>[0]).map((y) => ({ year: y.year, ...y.money }));
    expect(got).toEqual(rows);
  });

  it('keeps hours in hundredths: 24 h × 2/3, spent in 7.5 h and 0.1 h steps, no float drift', () => {
    const s = statement({
      jobs: [PART],
      uses: [
        { year: 2024, hours: 7.5, cents: 0 },
        { year: 2024, hours: 0.1, cents: 0 },
        { year: 2024, hours: 0.2, cents: 0 },
      ],
    });
    expect(s[0]?.hours).toEqual({
      allotted: 16,
      carriedIn: 0,
      used: 7.8,
      available: 8.2,
      lapsed: 0,
      carriedOut: 8.2,
    });
    expect(s[1]?.hours.available).toBe(24.2);
  });

  it('caps hours separately from money', () => {
    const s = statement({ rule: { carryOverYears: 3, maxCarryOverHours: 30 } });
    expect(s.map((y) => y.hours.carriedOut)).toEqual([24, 30, 30]);
    expect(s.map((y) => y.money.carriedOut)).toEqual([150_000, 300_000, 450_000]);
  });

  it('is empty before the first rule and for someone never employed', () => {
    expect(statement({ rule: { fromYear: 2027 } })).toEqual([]);
    expect(statement({ jobs: [] })).toEqual([]);
  });
});

describe('checkSpend', () => {
  const year2024 = (p: Parameters<typeof statement>[0]) => statement(p, 2024)[0];
  it.each([
    { what: 'fits', cost: 100_000, hours: 8, source: 'personal_budget', rule: {}, out: [] },
    {
      what: 'exactly the available amount fits',
      cost: 150_000,
      hours: 24,
      source: 'personal_budget',
      rule: {},
      out: [],
    },
    {
      what: 'one cent over',
      cost: 150_001,
      hours: 0,
      source: 'personal_budget',
      rule: {},
      out: ['exceeds_money_budget'],
    },
    {
      what: 'too many hours',
      cost: 0,
      hours: 24.5,
      source: 'personal_budget',
      rule: {},
      out: ['exceeds_hours_budget'],
    },
    {
      what: 'above the per-activity limit of €750',
      cost: 80_000,
      hours: 0,
      source: 'personal_budget',
      rule: { maxPerActivityCents: 75_000 },
      out: ['exceeds_activity_limit'],
    },
    {
      what: 'training required for the job is free for the employee (BW 7:611a lid 2)',
      cost: 900_000,
      hours: 80,
      source: 'employer_required',
      rule: { maxPerActivityCents: 75_000 },
      out: [],
    },
  ] as const)('$what', ({ cost, hours, source, rule, out }) => {
    expect(checkSpend({ year: year2024({ rule }), costCents: cost, hours, fundingSource: source })).toEqual(
      out,
    );
  });

  it('without any budget year, any cost exceeds it', () => {
    expect(checkSpend({ year: undefined, costCents: 1, hours: 0, fundingSource: 'personal_budget' })).toEqual(
      ['exceeds_money_budget'],
    );
  });
});
