import { describe, expect, it } from 'vitest';
import { computeAbsenceStats } from './compute-absence-stats';
import { input, job, person, sick } from './test-fixtures';
import type { AbsenceStatsInput, AbsenceStatsOptions } from './types';

// Period Q1 2024 = 91 calendar days (65 working days); full-time = 40 h.
// verzuimpercentage = Σ(sick days × factor × incapacity) ÷ Σ(contract days × factor) × 100.
const cases: [string, AbsenceStatsInput, Partial<AbsenceStatsOptions>, number][] = [
  [
    // 10 / 91 × 100
    'full-timer, 10 sick days inside the period',
    input([person('a')], [sick('a', '2024-01-08', '2024-01-17')]),
    {},
    (10 / 91) * 100,
  ],
  [
    // 24 of 40 h → factor 0.6: (10 × 0.6) ÷ (91 × 1 + 91 × 0.6) = 6 / 145.6 = 4.1209 %
    'part-timer 24 h beside an absence-free full-timer',
    input(
      [person('a', { employments: [job('2020-01-01', null, 24)] }), person('b')],
      [sick('a', '2024-01-08', '2024-01-17')],
    ),
    {},
    (6 / 145.6) * 100,
  ],
  [
    // joiner employed 1–31 Mar (31 days), sick 11–20 Mar: 10 ÷ (91 + 31) = 8.1967 %
    'joiner mid-period beside a full-timer',
    input(
      [person('a', { employments: [job('2024-03-01')] }), person('b')],
      [sick('a', '2024-03-11', '2024-03-20')],
    ),
    {},
    (10 / 122) * 100,
  ],
  [
    // leaver employed until 31 Jan (31 days); case 25 Jan–10 Feb counts only 25–31 Jan = 7 days: 7 / 31
    'leaver whose case runs on after the contract ends',
    input(
      [person('a', { employments: [job('2020-01-01', '2024-01-31')] })],
      [sick('a', '2024-01-25', '2024-02-10')],
    ),
    {},
    (7 / 31) * 100,
  ],
  [
    // 1–10 Jan at 100 % = 10, 11–20 Jan at 50 % = 5 → 15 / 91
    'partial recovery: 50 % from 11 Jan',
    input(
      [person('a')],
      [sick('a', '2024-01-01', '2024-01-20', { segments: [{ from: '2024-01-11', percentage: 50 }] })],
    ),
    {},
    (15 / 91) * 100,
  ],
  [
    // segments 100 % from start, 60 % from 6 Jan, 20 % from 9 Jan, end 10 Jan: 5 + 3 × 0.6 + 2 × 0.2 = 7.2 → 7.2 / 91
    'several segments',
    input(
      [person('a')],
      [
        sick('a', '2024-01-01', '2024-01-10', {
          segments: [
            { from: '2024-01-01', percentage: 100 },
            { from: '2024-01-06', percentage: 60 },
            { from: '2024-01-09', percentage: 20 },
          ],
        }),
      ],
    ),
    {},
    (7.2 / 91) * 100,
  ],
  [
    // 20 Dec–5 Jan: only 1–5 Jan in the period → 5 / 91
    'case starting before the period',
    input([person('a')], [sick('a', '2023-12-20', '2024-01-05')]),
    {},
    (5 / 91) * 100,
  ],
  [
    // 25 Mar–10 Apr: only 25–31 Mar in the period → 7 / 91
    'case ending after the period',
    input([person('a')], [sick('a', '2024-03-25', '2024-04-10')]),
    {},
    (7 / 91) * 100,
  ],
  [
    // ongoing since 22 Mar: 22–31 Mar = 10 days → 10 / 91
    'ongoing case',
    input([person('a')], [sick('a', '2024-03-22', null)]),
    {},
    (10 / 91) * 100,
  ],
  [
    // ongoing since 1 Dec 2023 with 50 % from 1 Feb: Jan 31 × 1 + Feb–Mar 60 × 0.5 = 61 → 61 / 91
    'ongoing case spanning the whole period with partial recovery',
    input(
      [person('a')],
      [sick('a', '2023-12-01', null, { segments: [{ from: '2024-02-01', percentage: 50 }] })],
    ),
    {},
    (61 / 91) * 100,
  ],
  [
    // two concurrent 16 h jobs (0.4 each): contract 91 × 0.4 + 29 × 0.4 = 48;
    // sick 1–10 Feb in both: 10 × 0.4 + 10 × 0.4 = 8 → 8 / 48
    'two concurrent employments',
    input(
      [person('a', { employments: [job('2020-01-01', null, 16), job('2024-02-01', '2024-02-29', 16)] })],
      [sick('a', '2024-02-01', '2024-02-10')],
    ),
    {},
    (8 / 48) * 100,
  ],
  [
    // 40 h until 31 Jan (31 × 1), then 20 h (60 × 0.5): contract 61; sick 29 Jan–3 Feb: 3 × 1 + 3 × 0.5 = 4.5
    'consecutive employments with different hours',
    input(
      [person('a', { employments: [job('2020-01-01', '2024-01-31', 40), job('2024-02-01', null, 20)] })],
      [sick('a', '2024-01-29', '2024-02-03')],
    ),
    {},
    (4.5 / 61) * 100,
  ],
  [
    // Fri 5 Jan–Mon 8 Jan = 4 calendar days → 4 / 91
    'weekend inside a case, calendar days',
    input([person('a')], [sick('a', '2024-01-05', '2024-01-08')]),
    {},
    (4 / 91) * 100,
  ],
  [
    // Fri 5 Jan–Mon 8 Jan = 2 working days; Q1 2024 = 65 working days → 2 / 65
    'weekend inside a case, working days',
    input([person('a')], [sick('a', '2024-01-05', '2024-01-08')]),
    { dayBasis: 'working' },
    (2 / 65) * 100,
  ],
  [
    // joiner from Wed 6 Mar (working days 6–31 Mar = 18), sick Sat 9–Tue 12 Mar (2 working days): 2 / 18
    'joiner on working days',
    input([person('a', { employments: [job('2024-03-06')] })], [sick('a', '2024-03-09', '2024-03-12')]),
    { dayBasis: 'working' },
    (2 / 18) * 100,
  ],
  [
    // pregnancy-related sickness is sickness: counted by default (CBS leaves out pregnancy and
    // maternity LEAVE, not sickness) — 10 + 5 = 15 → 15 / 91
    'pregnancy-related sickness counted (default)',
    input(
      [person('a')],
      [
        sick('a', '2024-01-01', '2024-01-10', { pregnancyRelated: true }),
        sick('a', '2024-02-01', '2024-02-05'),
      ],
    ),
    {},
    (15 / 91) * 100,
  ],
  [
    // left out on request (a reporting convention some benchmarks use): 5 → 5 / 91
    'pregnancy-related sickness excluded on request',
    input(
      [person('a')],
      [
        sick('a', '2024-01-01', '2024-01-10', { pregnancyRelated: true }),
        sick('a', '2024-02-01', '2024-02-05'),
      ],
    ),
    { excludePregnancyRelated: true },
    (5 / 91) * 100,
  ],
  [
    // no absence at all → 0
    'no absence',
    input([person('a'), person('b')], []),
    {},
    0,
  ],
];

describe('verzuimpercentage', () => {
  it.each(cases)('%s', (_, data, options, expected) => {
    expect(computeAbsenceStats(data, options).totals.verzuimpercentage).toBeCloseTo(expected, 10);
  });

  it('is null when nobody is employed in the period', () => {
    const data = input([person('a', { employments: [job('2020-01-01', '2023-12-31')] })], []);
    expect(computeAbsenceStats(data).totals.verzuimpercentage).toBeNull();
  });
});
