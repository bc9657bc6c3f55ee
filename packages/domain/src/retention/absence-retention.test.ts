import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import {
  type AbsenceRetentionRules,
  absenceRetention,
  type RetentionCase,
  type RetentionEmployment,
  retentionCandidateBound,
} from './absence-retention';

const job = (start: string, end: string | null): RetentionEmployment => ({ start, end });
const closed = (lastSickDay: string): RetentionCase => ({ lastSickDay });
const open: RetentionCase = { lastSickDay: null };

describe('absenceRetention (domain-rules §2.3: 2 years after employment and after re-integration)', () => {
  it.each([
    // employment ended 15 Mar 2024, last case closed 1 Feb 2024: kept through the anniversary
    // of the employment end (15 Mar 2026, the later one), purged from 16 Mar 2026
    [
      'day before the anniversary',
      [job('2018-01-01', '2024-03-15')],
      [closed('2024-02-01')],
      '2026-03-14',
      false,
      '2026-03-15',
    ],
    [
      'the anniversary itself: still kept',
      [job('2018-01-01', '2024-03-15')],
      [closed('2024-02-01')],
      '2026-03-15',
      false,
      '2026-03-15',
    ],
    [
      'the day after the anniversary: purged',
      [job('2018-01-01', '2024-03-15')],
      [closed('2024-02-01')],
      '2026-03-16',
      true,
      '2026-03-15',
    ],
    // the case closed after the employment ended (sick past the contract): its anniversary counts
    [
      'case closed later than the employment',
      [job('2018-01-01', '2024-03-15')],
      [closed('2024-06-30')],
      '2026-03-16',
      false,
      '2026-06-30',
    ],
    [
      '… purged the day after the case anniversary',
      [job('2018-01-01', '2024-03-15')],
      [closed('2024-06-30')],
      '2026-07-01',
      true,
      '2026-06-30',
    ],
    // the LAST employment and the LAST case count
    [
      'rehired later: the last employment counts',
      [job('2015-01-01', '2019-12-31'), job('2022-01-01', '2023-05-31')],
      [closed('2018-04-04')],
      '2025-06-01',
      true,
      '2025-05-31',
    ],
    [
      'several cases: the last one counts',
      [job('2015-01-01', '2021-01-31')],
      [closed('2019-03-01'), closed('2020-11-20')],
      '2023-01-31',
      false,
      '2023-01-31',
    ],
    // 29 February: the anniversary in a common year is 28 February
    [
      'ended on 29 Feb 2024: kept through 28 Feb 2026',
      [job('2020-01-01', '2024-02-29')],
      [closed('2023-10-10')],
      '2026-02-28',
      false,
      '2026-02-28',
    ],
    [
      'ended on 29 Feb 2024: purged on 1 Mar 2026',
      [job('2020-01-01', '2024-02-29')],
      [closed('2023-10-10')],
      '2026-03-01',
      true,
      '2026-02-28',
    ],
  ] as const)('%s', (_, employments, cases, today, purge, keptUntil) => {
    const d = absenceRetention({ employments, cases }, today);
    expect(d.purge).toBe(purge);
    expect(d.keptUntil).toBe(keptUntil);
  });

  it.each([
    [
      'still employed (an open employment)',
      [job('2010-01-01', '2015-01-01'), job('2016-01-01', null)],
      [closed('2016-03-01')],
      'employed',
    ],
    [
      'an open case (re-integration going on)',
      [job('2010-01-01', '2015-01-01')],
      [closed('2012-01-01'), open],
      'case_open',
    ],
    ['no absence data', [job('2010-01-01', '2015-01-01')], [], 'no_absence_data'],
    ['no employment on record: nothing to count from, so kept', [], [closed('2012-01-01')], 'no_employment'],
  ] as const)('keeps the data: %s', (_, employments, cases, reason) => {
    expect(absenceRetention({ employments, cases }, '2030-01-01')).toEqual({
      purge: false,
      reason,
      keptUntil: null,
    });
  });

  it('takes the periods from a versioned rule set', () => {
    const fiveYears: AbsenceRetentionRules = {
      id: 'test',
      yearsAfterEmployment: 5,
      yearsAfterReintegration: 2,
      source: 'test',
    };
    const person = { employments: [job('2015-01-01', '2020-06-30')], cases: [closed('2020-01-10')] };
    expect(absenceRetention(person, '2025-06-30', fiveYears)).toMatchObject({
      purge: false,
      keptUntil: '2025-06-30',
    });
    expect(absenceRetention(person, '2025-07-01', fiveYears)).toMatchObject({ purge: true });
  });
});

describe('retentionCandidateBound', () => {
  it.each([
    ['2026-03-16', '2024-03-17'],
    ['2026-03-01', '2024-03-02'],
    ['2028-02-29', '2026-03-01'],
  ])('on %s anything that ended after %s is still kept', (today, bound) =>
    expect(retentionCandidateBound(today)).toBe(bound),
  );

  it('includes every end date that is purgeable (checked day by day over four years)', () => {
    for (let today = '2026-01-01'; today <= '2029-12-31'; today = addDays(today, 1)) {
      const bound = retentionCandidateBound(today);
      const person = (end: string) => ({ employments: [job('2000-01-01', end)], cases: [closed(end)] });
      // the first day after the bound is never purgeable; the bound day itself may or may not be
      expect(absenceRetention(person(addDays(bound, 1)), today).purge).toBe(false);
      expect(absenceRetention(person(addDays(bound, -2)), today).purge).toBe(true);
    }
  });
});
