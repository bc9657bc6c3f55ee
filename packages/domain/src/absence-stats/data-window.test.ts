import { describe, expect, it } from 'vitest';
import { computeAbsenceStats } from './compute-absence-stats';
import { dataWindowStart } from './data-window';
import { input, job, person, sick } from './test-fixtures';

describe('dataWindowStart', () => {
  it.each([
    // a quarter: the 12-month frequent-absence window (1 Apr 2023 … 31 Mar 2024) starts first;
    // Bradford's 364 days would start 3 Apr 2023
    ['Q1 2024', '2024-01-01', '2024-03-31', {}, '2023-04-01'],
    // a whole year: 12 months up to 31 Dec 2025 start on 1 Jan 2025, the period's own start
    ['the year 2025', '2025-01-01', '2025-12-31', {}, '2025-01-01'],
    // a leap year: 12 months up to 31 Dec 2024 start on 1 Jan 2024 (366 days); Bradford on 3 Jan
    ['the leap year 2024', '2024-01-01', '2024-12-31', {}, '2024-01-01'],
    // a period longer than a year: the period itself
    ['three years', '2023-01-01', '2025-12-31', {}, '2023-01-01'],
    // 6-month frequent window: Bradford's 52 weeks reach further (31 Mar 2024 − 363 = 3 Apr 2023)
    [
      'a 6-month frequent window',
      '2024-01-01',
      '2024-03-31',
      { frequentAbsenceWindowMonths: 6 },
      '2023-04-03',
    ],
    // 24-month frequent window
    [
      'a 24-month frequent window',
      '2024-01-01',
      '2024-03-31',
      { frequentAbsenceWindowMonths: 24 },
      '2022-04-01',
    ],
  ])('%s', (_, from, to, options, expected) => expect(dataWindowStart(from, to, options)).toBe(expected));
});

describe('people with nothing in the period', () => {
  it('do not open a breakdown group, so leaving them out changes nothing', () => {
    // 5 people in U1 all quarter; a leaver of 2021 in U9 and one without a birth date:
    // no figure of theirs lies in Q1 2024, so U9 and the unknown age band must not appear.
    const staff = Array.from({ length: 5 }, (_, i) =>
      person(`p${i}`, { unitId: 'U1', birthDate: '1980-01-01' }),
    );
    const leaver = person('gone', { unitId: 'U9', employments: [job('2019-01-01', '2021-06-30')] });
    const absences = [sick('p1', '2024-01-10', '2024-01-12'), sick('gone', '2020-03-01', '2020-03-05')];
    const withLeaver = computeAbsenceStats(input([...staff, leaver], absences));
    const without = computeAbsenceStats(input(staff, absences.slice(0, 1)));
    expect(withLeaver.breakdowns.byUnit.map((g) => g.key)).toEqual(['U1']);
    expect(withLeaver.breakdowns.byAgeBand.map((g) => g.key)).not.toContain(null);
    expect(withLeaver).toEqual(without);
  });

  it('a leaver whose case ends in the period still counts in the cases ended and opens their group', () => {
    // left 31 Dec 2023, sick 1 Dec 2023 … 10 Jan 2024 (41 days): no employment day in Q1, but the
    // case ended in Q1 counts for the gemiddelde verzuimduur (vernet.nl) and in U9's group.
    const staff = Array.from({ length: 5 }, (_, i) => person(`p${i}`, { unitId: 'U1' }));
    const leaver = person('gone', { unitId: 'U9', employments: [job('2019-01-01', '2023-12-31')] });
    const stats = computeAbsenceStats(input([...staff, leaver], [sick('gone', '2023-12-01', '2024-01-10')]));
    expect(stats.totals).toMatchObject({ employees: 5, casesEnded: 1, gemiddeldeVerzuimduur: 41 });
    expect(stats.breakdowns.byUnit.map((g) => [g.key, g.suppressed])).toEqual([
      ['U1', false],
      ['U9', true],
    ]);
  });
});
