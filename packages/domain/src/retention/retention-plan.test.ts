import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { TEmploymentSpan } from '../poortwachter/employment-end';
import {
  reintegrationEnd,
  retentionCandidateBounds,
  retentionPlan,
  type TRetentionCase,
  type TRetentionItem,
  type TRetentionPerson,
} from './retention-plan';
import { RETENTION_RULES, type TRetentionRuleSet } from './rules';

/*
 * Retention per record type (domain-rules §2.3):
 * - re-integration file: at most 2 years after the re-integration ended, also for people still
 *   employed (AP, Beleidsregels "De zieke werknemer", via rendement.nl);
 * - absence administration: 2 years after the employment ends (same source);
 * - the physician's medical file: 20 years after the last entry (WGBO, art. 7:454 lid 3 BW);
 * - released documents: the employer's access ends with the re-integration file.
 * Convention: kept through the anniversary, removed from the day after.
 */

const job = (start: string, end: string | null): TEmploymentSpan => ({ start, end });
const sick = (id: string, periods: [string, string | null][], releasedDocuments = 0): TRetentionCase => ({
  id,
  periods: periods.map(([start, end]) => ({ start, end })),
  releasedDocuments,
});
const person = (p: Partial<TRetentionPerson>): TRetentionPerson => ({
  employments: [],
  cases: [],
  hasAbsenceAdministration: false,
  lastMedicalEntry: null,
  ...p,
});
const pick = (items: TRetentionItem[], recordType: string, caseId: string | null = null) =>
  items.find((i) => i.recordType === recordType && i.caseId === caseId);

describe('re-integration file: 2 years after the re-integration ended, also while employed', () => {
  // still employed; case closed on 10 Mar 2024 → kept through 10 Mar 2026, removed from 11 Mar 2026
  const employed = person({
    employments: [job('2018-01-01', null)],
    cases: [sick('c1', [['2024-01-08', '2024-03-10']])],
    hasAbsenceAdministration: true,
  });
  it.each([
    ['the day before the anniversary', '2026-03-09', false],
    ['the anniversary itself: still kept', '2026-03-10', false],
    ['the day after: removed', '2026-03-11', true],
  ])('%s (%s)', (_name, asOf, due) => {
    expect(pick(retentionPlan(employed, asOf), 'reintegration_file', 'c1')).toEqual({
      recordType: 'reintegration_file',
      caseId: 'c1',
      from: '2024-03-10',
      keptUntil: '2026-03-10',
      due,
    });
  });

  it('the report dates of a current employee stay: no absence administration item while employed', () => {
    expect(pick(retentionPlan(employed, '2030-01-01'), 'absence_administration')).toBeUndefined();
  });

  it.each<[string, [string, string | null][], TEmploymentSpan[], string | null]>([
    [
      'closed case: its last sick day',
      [['2024-01-08', '2024-03-10']],
      [job('2018-01-01', null)],
      '2024-03-10',
    ],
    [
      'a relapse in the case: the last report counts',
      [
        ['2024-01-08', '2024-01-20'],
        ['2024-02-01', '2024-03-10'],
      ],
      [job('2018-01-01', null)],
      '2024-03-10',
    ],
    ['open case, still employed: not ended', [['2024-01-08', null]], [job('2018-01-01', null)], null],
    // ziek uit dienst: the employer's re-integration ends on the last day of employment
    [
      'open case, left while sick: the last day of employment',
      [['2024-01-08', null]],
      [job('2018-01-01', '2024-05-31')],
      '2024-05-31',
    ],
    [
      'left sick, recovery recorded later: the last day of employment',
      [['2024-01-08', '2024-08-15']],
      [job('2018-01-01', '2024-05-31')],
      '2024-05-31',
    ],
    [
      'recovered before leaving: the last sick day',
      [['2024-01-08', '2024-03-10']],
      [job('2018-01-01', '2024-05-31')],
      '2024-03-10',
    ],
  ])('re-integration end — %s', (_name, periods, employments, end) => {
    expect(
      reintegrationEnd(
        periods.map(([start, e]) => ({ start, end: e })),
        employments,
      ),
    ).toBe(end);
  });

  it('an open case of a current employee is kept (not listed)', () => {
    const open = person({
      employments: [job('2018-01-01', null)],
      cases: [sick('c2', [['2020-01-06', null]])],
    });
    expect(retentionPlan(open, '2030-01-01')).toEqual([]);
  });
});

describe('released documents: the employer’s access ends with the re-integration file', () => {
  it('withdrawn on the same day as the case’s file; only for cases with released documents', () => {
    const p = person({
      employments: [job('2018-01-01', null)],
      cases: [sick('c1', [['2024-01-08', '2024-03-10']], 2), sick('c2', [['2024-06-03', '2024-06-07']])],
    });
    const items = retentionPlan(p, '2026-03-11');
    expect(pick(items, 'released_documents', 'c1')).toMatchObject({ keptUntil: '2026-03-10', due: true });
    expect(pick(items, 'released_documents', 'c2')).toBeUndefined();
    expect(pick(items, 'reintegration_file', 'c2')).toMatchObject({ keptUntil: '2026-06-07', due: false });
  });
});

describe('absence administration: 2 years after the employment ends', () => {
  it.each<[string, TEmploymentSpan[], TRetentionCase[], string, boolean | null, string | null]>([
    // [name, employments, remaining cases, asOf, due (null = not listed), keptUntil]
    [
      'ended 15 Mar 2024: kept through 15 Mar 2026',
      [job('2018-01-01', '2024-03-15')],
      [],
      '2026-03-15',
      false,
      '2026-03-15',
    ],
    ['… removed on 16 Mar 2026', [job('2018-01-01', '2024-03-15')], [], '2026-03-16', true, '2026-03-15'],
    [
      'ended 29 Feb 2024: kept through 28 Feb 2026',
      [job('2020-01-01', '2024-02-29')],
      [],
      '2026-02-28',
      false,
      '2026-02-28',
    ],
    ['… removed on 1 Mar 2026', [job('2020-01-01', '2024-02-29')], [], '2026-03-01', true, '2026-02-28'],
    [
      'rehired: the last employment counts',
      [job('2015-01-01', '2019-12-31'), job('2022-01-01', '2023-05-31')],
      [],
      '2025-06-01',
      true,
      '2025-05-31',
    ],
    [
      'still employed: not listed',
      [job('2010-01-01', '2015-01-01'), job('2016-01-01', null)],
      [],
      '2030-01-01',
      null,
      null,
    ],
    ['no employment on record: nothing to count from, kept', [], [], '2030-01-01', null, null],
    // the administration never goes before a re-integration file it belongs to
    [
      'a case closed after the employment (sick past the contract, recovery recorded) is ended by the leaving day',
      [job('2018-01-01', '2024-03-15')],
      [sick('c1', [['2024-02-01', '2024-06-30']])],
      '2026-03-16',
      true,
      '2026-03-15',
    ],
    [
      'a case that ends after the employment without sickness on the leaving day waits for its file',
      [job('2018-01-01', '2024-03-15')],
      [
        sick('c1', [
          ['2024-01-08', '2024-03-01'],
          ['2024-03-20', '2024-06-30'],
        ]),
      ], // fit on 15 Mar
      '2026-03-16',
      false,
      '2026-06-30',
    ],
  ])('%s', (_name, employments, cases, asOf, due, keptUntil) => {
    const item = pick(
      retentionPlan(person({ employments, cases, hasAbsenceAdministration: true }), asOf),
      'absence_administration',
    );
    if (due === null) expect(item).toBeUndefined();
    else expect(item).toMatchObject({ due, keptUntil });
  });

  it('no absence data: not listed', () => {
    expect(retentionPlan(person({ employments: [job('2010-01-01', '2012-01-01')] }), '2030-01-01')).toEqual(
      [],
    );
  });
});

describe('medical file of the physician: 20 years after the last entry (WGBO, art. 7:454 lid 3 BW)', () => {
  it.each([
    ['2044-05-04', false],
    ['2044-05-05', true],
  ])('last entry 4 May 2024 → on %s due: %s', (asOf, due) => {
    const p = person({ employments: [job('2018-01-01', '2024-06-30')], lastMedicalEntry: '2024-05-04' });
    expect(pick(retentionPlan(p, asOf), 'medical_file')).toMatchObject({ keptUntil: '2044-05-04', due });
  });

  it('is independent of the employment and of the employer-side files', () => {
    const p = person({ employments: [job('2018-01-01', null)], lastMedicalEntry: '2000-01-10' });
    expect(retentionPlan(p, '2020-01-11')).toEqual([
      { recordType: 'medical_file', caseId: null, from: '2000-01-10', keptUntil: '2020-01-10', due: true },
    ]);
  });
});

describe('the rules are data', () => {
  it('a rule set with 5 years for the absence administration (e.g. an eigenrisicodrager) moves only that', () => {
    const five: TRetentionRuleSet = {
      id: 'test-5',
      rules: RETENTION_RULES.rules.map((r) =>
        r.recordType === 'absence_administration' ? { ...r, years: 5 } : r,
      ),
    };
    const p = person({ employments: [job('2015-01-01', '2020-06-30')], hasAbsenceAdministration: true });
    expect(pick(retentionPlan(p, '2025-07-01', five), 'absence_administration')).toMatchObject({
      keptUntil: '2025-06-30',
      due: true,
    });
    expect(pick(retentionPlan(p, '2025-07-01'), 'absence_administration')).toMatchObject({
      keptUntil: '2022-06-30',
    });
  });

  it('one rule per record type, each with a source', () => {
    const types = RETENTION_RULES.rules.map((r) => r.recordType);
    expect(new Set(types).size).toBe(types.length);
    expect(types.sort()).toEqual([
      'absence_administration',
      'medical_file',
      'reintegration_file',
      'released_documents',
    ]);
    for (const r of RETENTION_RULES.rules) expect(r.source.length).toBeGreaterThan(10);
  });
});

describe('retentionCandidateBounds', () => {
  it.each([
    ['2026-03-16', '2024-03-17', '2006-03-17'],
    ['2028-02-29', '2026-03-01', '2008-03-01'],
  ])('on %s: 2-year anchors after %s and 20-year anchors after %s are still kept', (asOf, two, twenty) => {
    expect(retentionCandidateBounds(asOf)).toEqual({
      reintegration_end: two,
      employment_end: two,
      last_medical_entry: twenty,
    });
  });

  it('includes every anchor that is due (checked day by day over four years)', () => {
    for (let asOf = '2026-01-01'; asOf <= '2029-12-31'; asOf = addDays(asOf, 1)) {
      const { employment_end: bound } = retentionCandidateBounds(asOf);
      const at = (end: string) =>
        pick(
          retentionPlan(
            person({ employments: [job('2000-01-01', end)], hasAbsenceAdministration: true }),
            asOf,
          ),
          'absence_administration',
        )?.due;
      // the first day after the bound is never due; two days before it always is
      expect(at(addDays(bound, 1))).toBe(false);
      expect(at(addDays(bound, -2))).toBe(true);
    }
  });
});
