import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { computeAbsenceStats } from './compute-absence-stats';
import { durationClassOf } from './duration-classes';
import { VERNET_DURATION_CLASSES } from './options';
import { crowd, input, job, person, sick } from './test-fixtures';

describe('meldingsfrequentie', () => {
  it.each([
    // 10 full-timers all quarter: average headcount 10; 5 reports → 5 / 10 × 365 / 91 = 2.0055
    // (CBS's "quarter × 4" would give 2.0; 365/91 = 4.011 annualises the 91-day quarter exactly).
    ['a quarter, annualised by 365 / 91', 10, 5, (5 / 10) * (365 / 91)],
    // 4 reports over 4 people: 1 × 365 / 91 = 4.011
    ['one report per head in the quarter', 4, 4, 365 / 91],
  ])('%s', (_, heads, reports, expected) => {
    const people = crowd('p', heads);
    const absences = Array.from({ length: reports }, (_, i) => sick(`p${i + 1}`, '2024-02-01', '2024-02-02'));
    expect(computeAbsenceStats(input(people, absences)).totals.meldingsfrequentie).toBeCloseTo(expected, 10);
  });

  it('uses the average headcount over the days and counts only reports starting in the period', () => {
    // 4 people all quarter + a joiner from 1 Mar (31 days): headcount (4 × 91 + 31) / 91 = 395 / 91.
    // Reports in Q1: 3 (the case that started 20 Dec 2023 is no new report).
    // MF = 3 ÷ (395 / 91) × 365 / 91 = 3 × 365 / 395 = 2.7722
    const data = input(
      [...crowd('p', 4), person('j', { employments: [job('2024-03-01')] })],
      [
        sick('p1', '2023-12-20', '2024-01-03'),
        sick('p2', '2024-01-10', '2024-01-12'),
        sick('p3', '2024-02-10', '2024-02-12'),
        sick('j', '2024-03-31', null),
      ],
    );
    const t = computeAbsenceStats(data).totals;
    expect(t.averageHeadcount).toBeCloseTo(395 / 91, 10);
    expect(t.reports).toBe(3);
    expect(t.meldingsfrequentie).toBeCloseTo((3 * 365) / 395, 10);
  });

  it('counts a person with two concurrent contracts once in the headcount', () => {
    // one person, two overlapping jobs all quarter: headcount 1; 1 report → 365 / 91
    const data = input(
      [person('a', { employments: [job('2020-01-01', null, 20), job('2023-01-01', null, 12)] })],
      [sick('a', '2024-01-10', '2024-01-11')],
    );
    const t = computeAbsenceStats(data).totals;
    expect(t.averageHeadcount).toBe(1);
    expect(t.meldingsfrequentie).toBeCloseTo(365 / 91, 10);
  });
});

describe('gemiddelde verzuimduur', () => {
  it('averages the full length of cases ended in the period, days before the period included', () => {
    // ended in Q1: 1 Dec 2023–10 Jan 2024 = 31 + 10 = 41 days; 1–5 Feb = 5 days → (41 + 5) / 2 = 23.
    // Not counted: ongoing (c), ends after the period (d), ended before it (e).
    const data = input(crowd('p', 5), [
      sick('p1', '2023-12-01', '2024-01-10'),
      sick('p2', '2024-02-01', '2024-02-05'),
      sick('p3', '2024-03-01', null),
      sick('p4', '2024-03-25', '2024-04-05'),
      sick('p5', '2023-11-01', '2023-12-31'),
    ]);
    const t = computeAbsenceStats(data).totals;
    expect(t.casesEnded).toBe(2);
    expect(t.gemiddeldeVerzuimduur).toBe(23);
  });

  it('is null when no case ended in the period', () => {
    const data = input([person('a')], [sick('a', '2024-03-01', null)]);
    expect(computeAbsenceStats(data).totals.gemiddeldeVerzuimduur).toBeNull();
  });

  it('counts weekends in the case length even on the working-day basis', () => {
    // Fri 5 Jan–Mon 8 Jan = 4 calendar days (cbs.nl: case duration in calendar days)
    const data = input([person('a')], [sick('a', '2024-01-05', '2024-01-08')]);
    expect(computeAbsenceStats(data, { dayBasis: 'working' }).totals.gemiddeldeVerzuimduur).toBe(4);
  });
});

describe('nulverzuim', () => {
  // employed in Q1: a, b (sick in Q1), c (sick only in 2023), d (pregnancy-related only), e (never);
  // f left in 2023 and is not in the population.
  const data = input(
    [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => person(id)),
      person('f', { employments: [job('2020-01-01', '2023-12-31')] }),
    ],
    [
      sick('a', '2024-01-10', '2024-01-12'),
      sick('b', '2023-12-28', '2024-01-01'),
      sick('c', '2023-06-01', '2023-06-05'),
      sick('d', '2024-02-01', '2024-02-20', { pregnancyRelated: true }),
      sick('f', '2023-12-01', '2023-12-05'),
    ],
  );
  it.each([
    // c, d, e of 5 → 60 %
    ['pregnancy excluded (default)', true, 60],
    // c, e of 5 → 40 %
    ['pregnancy included', false, 40],
  ])('%s', (_, exclude, expected) => {
    const t = computeAbsenceStats(data, { excludePregnancyRelated: exclude }).totals;
    expect(t.employees).toBe(5);
    expect(t.nulverzuim).toBe(expected);
  });

  it.each([
    // contract until 31 Jan (31 days), case 31 Jan–10 Feb: sick on 31 Jan while employed →
    // nulverzuim 0 %; verzuimpercentage 1 / 31
    [
      'sick on the last contract day',
      [job('2020-01-01', '2024-01-31')],
      '2024-01-31',
      '2024-02-10',
      0,
      (1 / 31) * 100,
    ],
    // contracts until 31 Dec 2023 and from 1 Mar 2024; case 20 Dec 2023–20 Feb 2024 lies in the gap:
    // no sick day while employed → nulverzuim 100 %, verzuimpercentage 0 / 31
    [
      'sick only between two contracts',
      [job('2020-01-01', '2023-12-31'), job('2024-03-01')],
      '2023-12-20',
      '2024-02-20',
      100,
      0,
    ],
  ])('%s', (_, employments, start, end, nulverzuim, percentage) => {
    const t = computeAbsenceStats(input([person('a', { employments })], [sick('a', start, end)])).totals;
    expect(t.nulverzuim).toBe(nulverzuim);
    expect(t.verzuimpercentage).toBeCloseTo(percentage, 10);
  });
});

describe('duration classes (Vernet)', () => {
  it.each([
    [1, 'kort'],
    [14, 'kort'],
    [15, 'middellang'],
    [91, 'middellang'],
    [92, 'lang'],
    [365, 'lang'],
    [366, 'extraLang'],
    [730, 'extraLang'],
    [731, 'langerDan730'],
  ])('%i days → %s', (days, key) => expect(durationClassOf(VERNET_DURATION_CLASSES, days).key).toBe(key));

  it('counts cases ended in the period by full length, and all overlapping cases by length so far', () => {
    // Period 2024. Eight cases end on 30 Jun 2024 with lengths 14, 15, 91, 92, 365, 366, 730, 731 (start = end − (n − 1)).
    // Also: an ongoing case from 18 Dec (14 days to 31 Dec → kort, overlapping only), and a case
    // ended in 2023 (in neither count).
    const lengths = [14, 15, 91, 92, 365, 366, 730, 731];
    const data = input(
      [...crowd('p', 8, { employments: [job('2020-01-01')] }), person('q'), person('r')],
      [
        ...lengths.map((n, i) => sick(`p${i + 1}`, addDays('2024-06-30', -(n - 1)), '2024-06-30')),
        sick('q', '2024-12-18', null),
        sick('r', '2023-03-01', '2023-03-05'),
      ],
      { from: '2024-01-01', to: '2024-12-31' },
    );
    const { ended, overlapping } = computeAbsenceStats(data).durationClasses;
    const counts = (list: typeof ended) => Object.fromEntries(list.map((c) => [c.key, c.count]));
    expect(counts(ended)).toEqual({ kort: 1, middellang: 2, lang: 2, extraLang: 2, langerDan730: 1 });
    expect(counts(overlapping)).toEqual({ kort: 2, middellang: 2, lang: 2, extraLang: 2, langerDan730: 1 });
  });

  it('uses custom boundaries', () => {
    // classes ≤ 7 / 8–42 / > 42: cases of 7 and 8 days
    const classes = [
      { key: 'short', minDays: 1, maxDays: 7 },
      { key: 'medium', minDays: 8, maxDays: 42 },
      { key: 'long', minDays: 43, maxDays: null },
    ];
    const data = input(
      [person('a'), person('b')],
      [sick('a', '2024-01-01', '2024-01-07'), sick('b', '2024-01-01', '2024-01-08')],
    );
    const ended = computeAbsenceStats(data, { durationClasses: classes }).durationClasses.ended;
    expect(ended.map((c) => c.count)).toEqual([1, 1, 0]);
  });
});
