import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../dates';
import { buildCases } from './build-cases';
import { scheduleMilestones } from './milestone-schedule';
import type { TPoortwachterRuleSet } from './rule-set';
import { dateOfSickDay } from './sick-day-clock';
import type { TScheduledMilestone, TSicknessPeriodInput } from './types';
import { wvp2013 } from './wvp-2013';

function schedule(periods: TSicknessPeriodInput[], loonsanctieWeeks?: number, ruleSet = wvp2013) {
  const [first] = buildCases(periods, ruleSet);
  if (!first) throw new Error('expected a case');
  return scheduleMilestones(first, ruleSet, loonsanctieWeeks);
}
const byKey = (milestones: TScheduledMilestone[], key: string) => milestones.find((m) => m.key === key);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const dueOf = (milestones: TScheduledMilestone[], key: string) => byKey(milestones, key)?.due;

describe('uninterrupted sickness from Monday 3 Jan 2022', () => {
  const ms = schedule([{ start: '2022-01-03', end: null }]);
  // Sick-day n falls on 3 Jan + (n − 1). Day-of-year (DOY) of 3 Jan is 3; 2022 and 2023 have 365 days.
  it.each([
    ['ziekmelding_arbodienst', 7, '2022-01-09'], // 3 Jan + 6
    ['probleemanalyse', 42, '2022-02-13'], // + 41: 28 days to 31 Jan, 13 more
    ['plan_van_aanpak', 56, '2022-02-27'], // + 55: 31 Jan + 27
    ['evaluatie_1', 98, '2022-04-10'], // + 97: 28 Feb is + 56, then + 41 = 10 Apr
    ['evaluatie_14', 644, '2023-10-08'], // week 92 (8 + 14 × 6): DOY 3 + 643 = 646 → 2023 DOY 281
    ['eerstejaarsevaluatie', 364, '2023-01-01'], // + 363 → DOY 366 → 2023 DOY 1
    ['spoor_2_besluit', 406, '2023-02-12'], // + 405 → DOY 408 → 2023 DOY 43
    ['wia_brief_uwv', 616, '2023-09-10'], // + 615 → DOY 618 → 2023 DOY 253
    ['actueel_oordeel', 637, '2023-10-01'], // + 636 → DOY 639 → 2023 DOY 274
    ['eindevaluatie', 637, '2023-10-01'],
    ['wia_aanvraag', 651, '2023-10-15'], // + 650 → DOY 653 → 2023 DOY 288
    ['einde_wachttijd', 728, '2023-12-31'], // + 727 → DOY 730 → 2023 DOY 365
  ])('%s: sick day %i → %s', (key, sickDay, due) => {
    expect(byKey(ms, key)).toMatchObject({ sickDay, due });
  });

  it('opens the eerstejaarsevaluatie window at the start of week 46', () => {
    // sick day 7 × 45 + 1 = 316 → 3 Jan + 315 → DOY 318 = 14 Nov
    expect(byKey(ms, 'eerstejaarsevaluatie')?.from).toBe('2022-11-14');
  });

  it('generates evaluatie_1 … evaluatie_14 every 6 weeks from week 14 to week 92 (≤ week 93)', () => {
    const evaluations = ms.filter((m) => m.key.startsWith('evaluatie_'));
    expect(evaluations.map((m) => m.sickDay / 7)).toEqual([
      14, 20, 26, 32, 38, 44, 50, 56, 62, 68, 74, 80, 86, 92,
    ]);
    expect(evaluations.at(-1)?.key).toBe('evaluatie_14');
  });

  it('has no vangnet report and no loonsanctie for an ordinary case without sanction; sorted by due', () => {
    expect(byKey(ms, 'uwv_vangnet_melding')).toBeUndefined();
    expect(byKey(ms, 'einde_loonsanctie')).toBeUndefined();
    const dues = ms.map((m) => m.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('names responsibles per milestone', () => {
    expect(byKey(ms, 'probleemanalyse')?.responsible).toBe('occupational_physician');
    expect(byKey(ms, 'wia_brief_uwv')?.responsible).toBe('uwv');
    expect(byKey(ms, 'wia_aanvraag')?.responsible).toBe('employee');
    expect(byKey(ms, 'uwv_42e_week_melding')?.responsible).toBe('employer');
  });
});

describe('42e-weeksmelding: first working day after the end of week 42 (art. 38 ZW)', () => {
  // Week 42 ends on sick day 294 = start + 293, which is the weekday before the start weekday.
  it.each([
    ['2022-01-01', 'Saturday', '2022-10-21', 'Friday', '2022-10-24'], // DOY 1 + 293 = 294 → 21 Oct
    ['2022-01-02', 'Sunday', '2022-10-22', 'Saturday', '2022-10-24'],
    ['2022-01-03', 'Monday', '2022-10-23', 'Sunday', '2022-10-24'],
    ['2022-01-04', 'Tuesday', '2022-10-24', 'Monday', '2022-10-25'], // control: next day is a working day
    ['2022-01-07', 'Friday', '2022-10-27', 'Thursday', '2022-10-28'],
  ])('start %s (%s): week 42 ends %s (%s) → due %s', (start, _sd, endOfWeek42, endWeekday, due) => {
    const [sicknessCase] = buildCases([{ start, end: null }], wvp2013);
    if (!sicknessCase) throw new Error('expected a case');
    expect(dateOfSickDay(sicknessCase.periods, 294)).toBe(endOfWeek42);
    expect(isoWeekday(endOfWeek42)).toBe(WEEKDAYS.indexOf(endWeekday) + 1);
    expect(byKey(scheduleMilestones(sicknessCase, wvp2013), 'uwv_42e_week_melding')).toMatchObject({
      sickDay: 294,
      due,
    });
  });
});

describe('weekend start and leap years', () => {
  it('a Saturday start makes every week end on a Friday', () => {
    const ms = schedule([{ start: '2022-01-01', end: null }]);
    expect(dueOf(ms, 'ziekmelding_arbodienst')).toBe('2022-01-07'); // 1 Jan + 6
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2023-12-29'); // DOY 1 + 727 = 728 → 2023 DOY 363
  });

  it('counts 29 Feb 2024 as a sick day (start Monday 26 Feb 2024)', () => {
    const ms = schedule([{ start: '2024-02-26', end: null }]);
    expect(dueOf(ms, 'ziekmelding_arbodienst')).toBe('2024-03-03'); // 26, 27, 28, 29 Feb, 1, 2, 3 Mar
    // 26 Feb 2024 is DOY 57; + 293 = DOY 350 of leap 2024 = Sun 15 Dec → Monday 16 Dec
    expect(dueOf(ms, 'uwv_42e_week_melding')).toBe('2024-12-16');
    // 26 Feb 2024 → 26 Feb 2026 is 366 + 365 = 731 days; + 727 is 4 days earlier
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2026-02-22');
  });
});

describe('samentelregel moves the deadlines by the gap days only', () => {
  it('27 fit days: week 104 ends 27 days later than without the gap', () => {
    const ms = schedule([
      { start: '2022-01-03', end: '2022-01-30' },
      { start: '2022-02-27', end: null },
    ]);
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2024-01-27'); // 31 Dec 2023 + 27
    expect(dueOf(ms, 'ziekmelding_arbodienst')).toBe('2022-01-09'); // before the gap: unchanged
  });

  it('28 fit days: the second case starts its own 104 weeks', () => {
    const [, second] = buildCases(
      [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-28', end: null },
      ],
      wvp2013,
    );
    if (!second) throw new Error('expected two cases');
    // 28 Feb 2022 → 28 Feb 2024 = 365 + 365 = 730 days; + 727 = 25 Feb 2024
    expect(dueOf(scheduleMilestones(second, wvp2013), 'einde_wachttijd')).toBe('2024-02-25');
  });
});

describe('safety-net (vangnet) report to UWV: 42 calendar days from the first vangnet sick day', () => {
  it.each<[string, TSicknessPeriodInput[], string, number]>([
    // [name, periods, due, sickDay on the case clock at `due`]
    [
      'vangnet from the start: 7 Mar 2022 + 41 = 17 Apr',
      [{ start: '2022-03-07', end: null, safetyNet: true }],
      '2022-04-17', // 24 days to 31 Mar, 17 more
      42,
    ],
    [
      'vangnet after ordinary sickness: counts from the vangnet period, 1 Feb + 41 = 14 Mar',
      [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-01', end: null, safetyNet: true },
      ],
      '2022-03-14', // 1 Feb + 27 = 28 Feb, + 14
      70, // 28 (3–30 Jan) + 42 (1 Feb–14 Mar)
    ],
    [
      'on the calendar, not on sick days: a gap inside the 6 weeks does not move it',
      [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-21', end: '2022-02-27', safetyNet: true }, // fit 31 Jan–20 Feb (21 days)
        { start: '2022-03-07', end: null }, // fit 28 Feb–6 Mar (7 days)
      ],
      '2022-04-03', // 21 Feb + 41: + 7 = 28 Feb, + 34 = 3 Apr
      63, // 28 + 7 + 28 (7 Mar–3 Apr)
    ],
  ])('%s', (_name, periods, due, sickDay) => {
    expect(byKey(schedule(periods), 'uwv_vangnet_melding')).toMatchObject({
      due,
      sickDay,
      responsible: 'employer',
      label: { nl: 'Ziekmelding vangnet-Ziektewet bij UWV' },
    });
  });

  it('an all-safety-net case has no 42e-weeksmelding but keeps the re-integration milestones', () => {
    const ms = schedule([{ start: '2022-03-07', end: null, safetyNet: true }]);
    expect(byKey(ms, 'uwv_42e_week_melding')).toBeUndefined();
    expect(dueOf(ms, 'probleemanalyse')).toBe('2022-04-17');
    // 7 Mar 2022 → 7 Mar 2024 = 365 + 366 = 731; + 727 = 3 Mar 2024
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2024-03-03');
  });

  it('a mixed case keeps the 42e-weeksmelding, on the combined sick days', () => {
    const ms = schedule([
      { start: '2022-01-03', end: '2022-01-30' },
      { start: '2022-01-31', end: '2022-03-31', safetyNet: true }, // no gap
      { start: '2022-04-01', end: null },
    ]);
    // no gap days: week 42 ends on 3 Jan + 293 = Sun 23 Oct → Mon 24 Oct, as for uninterrupted sickness
    expect(dueOf(ms, 'uwv_42e_week_melding')).toBe('2022-10-24');
    expect(dueOf(ms, 'uwv_vangnet_melding')).toBe('2022-03-13'); // 31 Jan + 41
  });

  it('ordinary + pregnancy-related sickness with gaps < 28 days: week 104 ends on the combined sick days', () => {
    // ordinary 3–30 Jan 2022 (28 days), fit 31 Jan (1), vangnet 1 Feb–31 Mar (28 + 31 = 59 days),
    // fit 1–9 Apr (9), ordinary from 10 Apr. 87 sick days before 10 Apr, so sick-day 728 is
    // 10 Apr + (728 − 87 − 1) = 10 Apr 2022 + 640: DOY 100 + 640 = 740 − 365 − 365 = DOY 10 of 2024.
    // Check: uninterrupted the wachttijd ends 31 Dec 2023; 10 gap days move it to 10 Jan 2024.
    const ms = schedule([
      { start: '2022-01-03', end: '2022-01-30' },
      { start: '2022-02-01', end: '2022-03-31', safetyNet: true },
      { start: '2022-04-10', end: null },
    ]);
    expect(byKey(ms, 'einde_wachttijd')).toMatchObject({ sickDay: 728, due: '2024-01-10' });
  });
});

describe('leave between sick periods (WAZO): the leave days are not counted', () => {
  it('sick 3 Jan–6 Mar 2022, 16 weeks leave, sick again from 27 Jun → week 104 ends 112 days later', () => {
    const [only, ...rest] = buildCases(
      [
        { start: '2022-01-03', end: '2022-03-06' },
        { start: '2022-06-27', end: null },
      ],
      wvp2013,
      [{ start: '2022-03-07', end: '2022-06-26' }], // 25 + 30 + 31 + 26 = 112 days
    );
    if (!only) throw new Error('expected a case');
    expect(rest).toHaveLength(0);
    const ms = scheduleMilestones(only, wvp2013);
    // 31 Dec 2023 + 112: Jan 31, Feb 29 (leap), Mar 31 = 91 → 31 Mar, + 21 = 21 Apr 2024
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2024-04-21');
    // week 6 ends on sick day 42 = 3 Jan + 41 = 13 Feb: before the leave, unchanged
    expect(dueOf(ms, 'probleemanalyse')).toBe('2022-02-13');
    // week 14 (evaluatie_1) ends on sick day 98: 63 days before the leave (3 Jan–6 Mar), then
    // day 64 = 27 Jun, day 98 = 27 Jun + 34 = 31 Jul
    expect(dueOf(ms, 'evaluatie_1')).toBe('2022-07-31');
  });
});

describe('loonsanctie (art. 25 lid 9 WIA)', () => {
  it.each([
    [13, 819, '2024-03-31'], // 31 Dec 2023 + 91 (Jan 31 + Feb 29 + Mar 31)
    [52, 1092, '2024-12-29'], // 31 Dec 2023 + 364; 2024 is a leap year (31 Dec 2023 + 366 = 31 Dec 2024)
  ])('%i weeks → ends on sick day %i = %s', (weeks, sickDay, due) => {
    const ms = schedule([{ start: '2022-01-03', end: null }], weeks);
    expect(byKey(ms, 'einde_loonsanctie')).toMatchObject({ sickDay, due, kind: 'event' });
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2023-12-31');
  });

  it.each([0, 53, 2.5])('rejects %s weeks', (weeks) => {
    expect(() => schedule([{ start: '2022-01-03', end: null }], weeks)).toThrow(RangeError);
  });
});

describe('rules are data', () => {
  it('a rule set with the pre-2013 WIA deadline (week 91) moves only that milestone', () => {
    const old: TPoortwachterRuleSet = {
      ...wvp2013,
      id: 'test-week-91',
      milestones: wvp2013.milestones.map((m) => (m.key === 'wia_aanvraag' ? { ...m, week: 91 } : m)),
    };
    const ms = schedule([{ start: '2022-01-03', end: null }], undefined, old);
    expect(dueOf(ms, 'wia_aanvraag')).toBe('2023-10-01'); // sick day 637, as eindevaluatie
    expect(dueOf(ms, 'einde_wachttijd')).toBe('2023-12-31');
  });
});
