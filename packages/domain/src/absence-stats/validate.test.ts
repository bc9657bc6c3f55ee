import { describe, expect, it } from 'vitest';
import { computeAbsenceStats } from './compute-absence-stats';
import { AbsenceStatsInputError, type AbsenceStatsIssue } from './errors';
import { absenceStatsFromJson } from './from-json';

/** A valid JSON document, copied and broken per case. */
const valid = () => ({
  from: '2024-01-01',
  to: '2024-03-31',
  fullTimeHours: 40,
  employees: [
    {
      id: 'e1',
      birthDate: '1980-01-01',
      employments: [{ start: '2020-01-01', end: null, hoursPerWeek: 40 }],
    },
    { id: 'e2', employments: [{ start: '2023-06-01', end: '2024-02-29', hoursPerWeek: 24 }] },
  ],
  absences: [
    {
      employeeId: 'e1',
      start: '2024-01-10',
      end: '2024-01-20',
      segments: [{ from: '2024-01-15', percentage: 50 }],
    },
    { employeeId: 'e2', start: '2024-02-01', end: null },
  ],
});
type Doc = ReturnType<typeof valid> & Record<string, unknown>;

const issuesOf = (doc: unknown): AbsenceStatsIssue[] => {
  try {
    absenceStatsFromJson(doc);
  } catch (e) {
    if (e instanceof AbsenceStatsInputError) return e.issues;
    throw e;
  }
  throw new Error('expected an AbsenceStatsInputError');
};
const pathsAndCodes = (doc: unknown) => issuesOf(doc).map((i) => [i.path, i.code]);

describe('absenceStatsFromJson validation', () => {
  it('accepts the valid document', () => {
    // e1: 10–14 Jan 100 % = 5, 15–20 Jan 50 % = 3 → 8; e2 (0.6): 1–29 Feb = 29 × 0.6 = 17.4.
    // contract: 91 + 60 × 0.6 = 127 → (8 + 17.4) / 127
    const stats = absenceStatsFromJson(valid());
    expect(stats.totals.verzuimpercentage).toBeCloseTo((25.4 / 127) * 100, 10);
  });

  it.each<[string, (d: Doc) => unknown, [string, string][]]>([
    ['not an object', () => 'nope', [['(root)', 'invalid_type']]],
    ['missing fullTimeHours', ({ fullTimeHours: _, ...d }) => d, [['fullTimeHours', 'invalid_type']]],
    ['impossible date', (d) => ({ ...d, from: '2023-02-29' }), [['from', 'invalid_date']]],
    ['period ends before it starts', (d) => ({ ...d, to: '2023-12-31' }), [['to', 'end_before_start']]],
    [
      'absence end before start',
      (d) => ({
        ...d,
        absences: [d.absences[0], { employeeId: 'e2', start: '2024-02-01', end: '2024-01-31' }],
      }),
      [['absences[1].end', 'end_before_start']],
    ],
    [
      'absence of an unknown employee',
      (d) => ({ ...d, absences: [...d.absences, { employeeId: 'ghost', start: '2024-02-01', end: null }] }),
      [['absences[2].employeeId', 'unknown_employee']],
    ],
    [
      'employment end before start',
      (d) => ({
        ...d,
        employees: [
          d.employees[0],
          { id: 'e2', employments: [{ start: '2024-01-01', end: '2023-01-01', hoursPerWeek: 8 }] },
        ],
      }),
      [['employees[1].employments[0].end', 'end_before_start']],
    ],
    [
      'non-positive contract hours and a bad birth date',
      (d) => ({
        ...d,
        employees: [
          { ...d.employees[0], birthDate: '1980-13-01' },
          { id: 'e2', employments: [{ start: '2023-06-01', end: null, hoursPerWeek: 0 }] },
        ],
      }),
      [
        ['employees[0].birthDate', 'invalid_date'],
        ['employees[1].employments[0].hoursPerWeek', 'too_small'],
      ],
    ],
    [
      'duplicate employee id',
      (d) => ({ ...d, employees: [...d.employees, { id: 'e1', employments: [] }] }),
      [['employees[2].id', 'duplicate_id']],
    ],
    [
      'segment outside the case, and 0 %',
      (d) => ({
        ...d,
        absences: [
          { ...d.absences[0], segments: [{ from: '2024-01-21', percentage: 50 }] },
          { ...d.absences[1], segments: [{ from: '2024-02-05', percentage: 0 }] },
        ],
      }),
      [
        ['absences[1].segments[0].percentage', 'too_small'],
        ['absences[0].segments[0].from', 'outside_case'],
      ],
    ],
    [
      'segments out of order',
      (d) => ({
        ...d,
        absences: [
          {
            ...d.absences[0],
            segments: [
              { from: '2024-01-15', percentage: 50 },
              { from: '2024-01-12', percentage: 80 },
            ],
          },
          d.absences[1],
        ],
      }),
      [['absences[0].segments[1].from', 'not_ascending']],
    ],
    [
      'absence starting outside every employment',
      (d) => ({
        ...d,
        absences: [d.absences[0], { employeeId: 'e2', start: '2024-03-05', end: '2024-03-06' }],
      }),
      [['absences[1].start', 'outside_employment']],
    ],
    [
      'overlapping cases of one employee (an ongoing case overlaps everything after it)',
      (d) => ({
        ...d,
        absences: [
          ...d.absences,
          { employeeId: 'e1', start: '2024-01-20', end: '2024-01-22' },
          { employeeId: 'e2', start: '2024-02-20', end: null },
        ],
      }),
      [
        ['absences[2].start', 'overlapping_case'],
        ['absences[3].start', 'overlapping_case'],
      ],
    ],
    [
      'options below the privacy floor and with a gap between duration classes',
      (d) => ({
        ...d,
        options: {
          minGroupSize: 3,
          durationClasses: [
            { key: 'a', minDays: 1, maxDays: 10 },
            { key: 'b', minDays: 12, maxDays: null },
          ],
        },
      }),
      [
        ['options.minGroupSize', 'too_small'],
        ['options.durationClasses', 'invalid_value'],
      ],
    ],
    [
      'unknown option value',
      (d) => ({ ...d, options: { dayBasis: 'weekdays' } }),
      [['options.dayBasis', 'invalid_value']],
    ],
    ['misspelt option', (d) => ({ ...d, options: { minGroupSzie: 10 } }), [['options', 'unrecognized_keys']]],
    ['options that are not an object', (d) => ({ ...d, options: 'strict' }), [['options', 'invalid_type']]],
    [
      'a bad period does not hide bad records',
      (d) => ({
        ...d,
        from: '2024-1-1',
        absences: [d.absences[0], { ...d.absences[1], employeeId: 'nobody' }],
      }),
      [
        ['from', 'invalid_date'],
        ['absences[1].employeeId', 'unknown_employee'],
      ],
    ],
    ['employees missing', ({ employees: _, ...d }) => d, [['employees', 'invalid_type']]],
  ])('%s', (_, breakIt, expected) => {
    expect(pathsAndCodes(breakIt(valid() as Doc))).toEqual(expected);
  });

  it('lists every bad record at once, e.g. absences[3].end and absences[5].employeeId', () => {
    const d = valid();
    const absences = [
      ...d.absences,
      { employeeId: 'e1', start: '2024-02-01', end: '2024-02-02' },
      { employeeId: 'e1', start: '2024-03-01', end: '2024-13-01' },
      { employeeId: 'e1', start: '2024-03-20', end: '2024-03-21' },
      { employeeId: 'nobody', start: '2024-03-01', end: null },
    ];
    const error = (() => {
      try {
        absenceStatsFromJson({ ...d, absences });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AbsenceStatsInputError);
    const { issues, message } = error as AbsenceStatsInputError;
    expect(issues.map((i) => i.path)).toEqual(['absences[3].end', 'absences[5].employeeId']);
    expect(message).toContain('absences[3].end');
  });

  it('does not report an absence of an employee whose own record is malformed as unknown', () => {
    const d = valid();
    const employees = [d.employees[0], { id: 'e2', employments: 'all year' }];
    expect(pathsAndCodes({ ...d, employees })).toEqual([['employees[1].employments', 'invalid_type']]);
  });

  it('guards the typed entry point the same way', () => {
    const d = valid();
    expect(() => computeAbsenceStats({ ...d, to: '2024-02-30' })).toThrow(AbsenceStatsInputError);
  });

  it('takes options from the document, overridden by the caller', () => {
    const d = { ...valid(), options: { dayBasis: 'working' as const, subPeriod: 'month' as const } };
    const stats = absenceStatsFromJson(d, { subPeriod: 'quarter' });
    expect(stats.options.dayBasis).toBe('working');
    expect(stats.options.subPeriod).toBe('quarter');
  });

  it('treats options given as undefined as not given', () => {
    expect(
      absenceStatsFromJson(valid(), { subPeriod: undefined, dayBasis: undefined }).options.subPeriod,
    ).toBe('quarter');
  });

  it('returns plain JSON that survives a round trip', () => {
    const stats = absenceStatsFromJson(JSON.parse(JSON.stringify(valid())));
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });
});
