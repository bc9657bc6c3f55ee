import { describe, expect, it } from 'vitest';
import {
  accidentFrequency,
  type TAccidentFrequencyInput,
  type TFrequencyAccident,
  type TFrequencyEmployment,
} from './accident-frequency';

// February 2025: 28 days, exactly 4 weeks, so contract hours × 4 are the hours of a full month.
const FEB = { from: '2025-02-01', to: '2025-02-28' };
const job = (
  personId: string,
  unitId: string | null,
  hoursPerWeek: number,
  startDate = '2020-01-01',
  endDate: string | null = null,
): TFrequencyEmployment => ({ personId, unitId, hoursPerWeek, startDate, endDate });
const accident = (
  unitId: string | null,
  occurredOn: string,
  absenceWorkingDays: number,
  extra: Partial<TFrequencyAccident> = {},
): TFrequencyAccident => ({
  unitId,
  occurredOn,
  absenceWorkingDays,
  death: false,
  commuting: false,
  ...extra,
});

describe('accidentFrequency', () => {
  it('counts part-timers, a mid-period joiner and a leaver pro rata; small units are suppressed', () => {
    const r = accidentFrequency({
      ...FEB,
      employments: [
        job('p1', 'u1', 40), //                               28 days → 160 h
        job('p2', 'u1', 20, '2024-06-01'), //                 28 days →  80 h
        job('p3', 'u1', 35, '2025-02-15'), //  joiner:        14 days →  70 h
        job('p4', 'u1', 38, '2024-01-01', '2025-02-07'), // leaver: 7 days → 38 h
        job('p5', 'u1', 16), //                               28 days →  64 h
        job('p6', 'u2', 36), //                               28 days → 144 h
        job('p7', 'u2', 24), //                               28 days →  96 h
        job('p8', 'u1', 40, '2025-03-01'), //   starts after the period: not counted
        job('p9', 'u1', 40, '2020-01-01', '2025-01-31'), // left before it: not counted
      ],
      accidents: [
        accident('u1', '2025-02-10', 4), //                        with absence
        accident('u1', '2025-02-20', 0), //                        without absence
        accident('u1', '2025-02-12', 5, { commuting: true }), //  woon-werkverkeer: never counted
        accident('u1', '2025-03-01', 2), //                        after the period
        accident('u1', '2025-01-31', 2), //                        before the period
        accident('u2', '2025-02-03', 10),
      ],
    });
    expect(r.days).toBe(28);
    // u1: 160 + 80 + 70 + 38 + 64 = 412 h; person-days 28+28+14+7+28 = 105 → 105/28 = 3.75 people
    // per 100: 2 / 3.75 × 100 = 53.33; LTIF: 1 × 1,000,000 / 412 = 2427.18
    // u2: 2 people < 5 → counts only
    expect(r.perUnit).toEqual([
      {
        unitId: 'u1',
        suppressed: false,
        accidents: 2,
        lostTimeAccidents: 1,
        absenceWorkingDays: 4,
        people: 5,
        averageHeadcount: 3.8,
        hoursWorked: 412,
        per100People: 53.3,
        lostTimePerMillionHours: 2427.2,
      },
      { unitId: 'u2', suppressed: true, accidents: 1, lostTimeAccidents: 1, absenceWorkingDays: 10 },
    ]);
    // organisation: 412 + 144 + 96 = 652 h; person-days 105 + 56 = 161 → 5.75 people
    // per 100: 3 / 5.75 × 100 = 52.17; LTIF: 2 × 1,000,000 / 652 = 3067.48
    expect(r.organisation).toEqual({
      accidents: 3,
      lostTimeAccidents: 2,
      absenceWorkingDays: 14,
      people: 7,
      averageHeadcount: 5.8,
      hoursWorked: 652,
      per100People: 52.2,
      lostTimePerMillionHours: 3067.5,
    });
  });

  it.each<[string, Omit<TAccidentFrequencyInput, 'minGroupSize'>, Record<string, number | null>]>([
    [
      // 24 h for 14 days (48 h) then 32 h for 14 days (64 h): one person, 112 h; four others 4 × 160 h
      'a contract change mid-period: hours per contract, the person counted once',
      {
        ...FEB,
        employments: [
          job('p1', 'u', 24, '2024-01-01', '2025-02-14'),
          job('p1', 'u', 32, '2025-02-15'),
          ...['a', 'b', 'c', 'd'].map((p) => job(p, 'u', 40)),
        ],
        accidents: [accident('u', '2025-02-05', 1)],
      },
      // 752 h; 1,000,000 / 752 = 1329.79; 1 / 5 × 100 = 20
      { people: 5, averageHeadcount: 5, hoursWorked: 752, per100People: 20, lostTimePerMillionHours: 1329.8 },
    ],
    [
      // 10 × 36 h × 365 / 7 = 18,771.43 h; 1,000,000 / 18,771.43 = 53.27; 2 / 10 × 100 = 20
      'a full year of ten people at 36 hours',
      {
        from: '2025-01-01',
        to: '2025-12-31',
        employments: Array.from({ length: 10 }, (_, i) => job(`p${i}`, 'u', 36)),
        accidents: [accident('u', '2025-04-01', 3), accident('u', '2025-09-01', 0)],
      },
      {
        people: 10,
        averageHeadcount: 10,
        hoursWorked: 18771,
        per100People: 20,
        lostTimePerMillionHours: 53.3,
      },
    ],
    [
      // two concurrent contracts (20 h + 16 h): hours add up, the person counts once
      'two concurrent contracts of one person',
      { ...FEB, employments: [job('p1', 'u', 20), job('p1', 'u', 16)], accidents: [] },
      { people: 1, averageHeadcount: 1, hoursWorked: 144, per100People: 0, lostTimePerMillionHours: 0 },
    ],
    [
      'a fatal accident without absence days counts as an accident with absence',
      {
        ...FEB,
        employments: [job('p1', 'u', 40)],
        accidents: [accident('u', '2025-02-02', 0, { death: true })],
      },
      // 1,000,000 / 160 = 6250
      { hoursWorked: 160, lostTimeAccidents: 1, lostTimePerMillionHours: 6250, per100People: 100 },
    ],
    [
      'no staff: no rates',
      { ...FEB, employments: [], accidents: [accident(null, '2025-02-02', 5)] },
      { accidents: 1, hoursWorked: 0, per100People: null, lostTimePerMillionHours: null },
    ],
  ])('%s (organisation)', (_name, input, expected) => {
    expect(accidentFrequency(input).organisation).toMatchObject(expected);
  });

  it.each([
    [4, 5, true],
    [5, 5, false],
    [4, 4, false],
    [9, 10, true],
  ])('%i people with minimum group size %i: suppressed %s', (people, minGroupSize, suppressed) => {
    const r = accidentFrequency({
      ...FEB,
      employments: Array.from({ length: people }, (_, i) => job(`p${i}`, 'u', 40)),
      accidents: [],
      minGroupSize,
    });
    expect(r.perUnit[0]?.suppressed).toBe(suppressed);
    expect(r.organisation.people).toBe(people);
  });

  it('gives a unit with accidents but no staff in the period, suppressed', () => {
    const r = accidentFrequency({ ...FEB, employments: [], accidents: [accident('u9', '2025-02-02', 0)] });
    expect(r.perUnit).toEqual([
      { unitId: 'u9', suppressed: true, accidents: 1, lostTimeAccidents: 0, absenceWorkingDays: 0 },
    ]);
  });

  it.each<[string, Partial<TAccidentFrequencyInput>]>([
    ['a period that ends before it starts', { from: '2025-03-01', to: '2025-02-28' }],
    ['an invalid date', { to: '2025-02-30' }],
    ['negative contract hours', { employments: [job('p', 'u', -8)] }],
  ])('rejects %s', (_name, change) => {
    expect(() => accidentFrequency({ ...FEB, employments: [], accidents: [], ...change })).toThrow(
      RangeError,
    );
  });
});
