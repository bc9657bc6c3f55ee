import { describe, expect, it } from 'vitest';
import { bradfordFactor } from './bradford';
import { computeAbsenceStats } from './compute-absence-stats';
import { input, person, sick } from './test-fixtures';

const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };

describe('frequent absentees', () => {
  // Window: the 12 months up to the period end = 1 Jan–31 Dec 2024 (both ends included).
  // a: 3 reports in the window (on both edges). b: 2 in the window, 1 on 31 Dec 2023 (outside).
  const data = input(
    [person('a'), person('b'), person('c')],
    [
      sick('a', '2024-01-01', '2024-01-02'),
      sick('a', '2024-06-01', '2024-06-03'),
      sick('a', '2024-12-31', null),
      sick('b', '2023-12-31', '2024-01-01'),
      sick('b', '2024-03-01', '2024-03-02'),
      sick('b', '2024-09-01', '2024-09-02'),
    ],
    YEAR_2024,
  );

  it.each([
    // default ≥ 3: only a
    ['threshold 3 (default): 3 reports qualify, 2 do not', {}, [{ employeeId: 'a', reports: 3 }]],
    // ≥ 2: a and b
    [
      'threshold 2',
      { frequentAbsenceThreshold: 2 },
      [
        { employeeId: 'a', reports: 3 },
        { employeeId: 'b', reports: 2 },
      ],
    ],
  ])('%s', (_, options, expected) => {
    const result = computeAbsenceStats(data, options).frequentAbsentees;
    expect(result.from).toBe('2024-01-01');
    expect(result.to).toBe('2024-12-31');
    expect(result.employees).toEqual(expected);
  });

  it('looks back 12 months from the period end, also before a short period', () => {
    // period Q4 2024, window 1 Jan–31 Dec 2024: the same result as for the whole year
    const q4 = { ...data, from: '2024-10-01' };
    expect(computeAbsenceStats(q4).frequentAbsentees.employees).toEqual([{ employeeId: 'a', reports: 3 }]);
  });
});

describe('Bradford factor', () => {
  it.each([
    [1, 25, 25],
    [3, 25, 225],
    [6, 25, 900],
  ])('%i spells, %i days → %i', (s, d, b) => expect(bradfordFactor(s, d)).toBe(b));

  it('scores everyone over the 52 weeks (364 days) up to the period end', () => {
    // window 3 Jan–31 Dec 2024: 364 days (2024 is a leap year: day 3 to day 366 of the year)
    // a: 1 spell of 25 days → 1² × 25 = 25
    // b: 3 spells 10 + 10 + 5 = 25 days → 3² × 25 = 225
    // c: 6 spells 5 + 4 + 4 + 4 + 4 + 4 = 25 days → 6² × 25 = 900
    // d: 2–3 Jan, only 3 Jan in the window → 1² × 1 = 1;  f: 1–2 Jan, wholly before the window → no score
    // e: 30 Dec 2024, ongoing → 2 days (30–31 Dec) → 2
    const c = [
      ['2024-02-01', '2024-02-05'],
      ['2024-03-01', '2024-03-04'],
      ['2024-04-01', '2024-04-04'],
      ['2024-05-01', '2024-05-04'],
      ['2024-06-01', '2024-06-04'],
      ['2024-07-01', '2024-07-04'],
    ] as const;
    const data = input(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id)),
      [
        sick('a', '2024-03-01', '2024-03-25'),
        sick('b', '2024-02-01', '2024-02-10'),
        sick('b', '2024-05-01', '2024-05-10'),
        sick('b', '2024-08-01', '2024-08-05'),
        ...c.map(([s, e]) => sick('c', s, e)),
        sick('d', '2024-01-02', '2024-01-03'),
        sick('f', '2024-01-01', '2024-01-02'),
        sick('e', '2024-12-30', null),
      ],
      YEAR_2024,
    );
    const { from, to, scores } = computeAbsenceStats(data).bradford;
    expect([from, to]).toEqual(['2024-01-03', '2024-12-31']);
    expect(scores).toEqual([
      { employeeId: 'c', spells: 6, days: 25, score: 900 },
      { employeeId: 'b', spells: 3, days: 25, score: 225 },
      { employeeId: 'a', spells: 1, days: 25, score: 25 },
      { employeeId: 'e', spells: 1, days: 2, score: 2 },
      { employeeId: 'd', spells: 1, days: 1, score: 1 },
    ]);
  });

  it('counts working days on the working-day basis', () => {
    // Fri 6 Dec–Mon 9 Dec 2024 (2 working days) and Fri 13 Dec–Mon 16 Dec (2): 2² × 4 = 16
    const data = input(
      [person('a')],
      [sick('a', '2024-12-06', '2024-12-09'), sick('a', '2024-12-13', '2024-12-16')],
      YEAR_2024,
    );
    expect(computeAbsenceStats(data, { dayBasis: 'working' }).bradford.scores[0]?.score).toBe(16);
    // calendar: 2² × 8 = 32
    expect(computeAbsenceStats(data).bradford.scores[0]?.score).toBe(32);
  });
});
