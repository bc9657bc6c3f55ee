import { describe, expect, it } from 'vitest';
import { buildCases } from './build-cases';
import { caseTimeline } from './case-timeline';
import type { TCaseTimeline, TSicknessPeriodInput, TStatusOptions } from './types';
import { wvp2013 } from './wvp-2013';

function timeline(periods: TSicknessPeriodInput[], options: TStatusOptions): TCaseTimeline {
  const [first] = buildCases(periods, wvp2013);
  if (!first) throw new Error('expected a case');
  return caseTimeline(first, options, wvp2013);
}
const statusOf = (t: TCaseTimeline, key: string) => t.milestones.find((m) => m.key === key);
const sickSince3Jan = [{ start: '2022-01-03', end: null }];

describe('status as of a date', () => {
  // asOf 1 Mar 2022: sick days 3 Jan … 1 Mar = 29 + 28 + 1 = 58 → week ⌈58 / 7⌉ = 9
  const t = timeline(sickSince3Jan, {
    asOf: '2022-03-01',
    done: { probleemanalyse: { date: '2022-02-10', documentId: 'doc-7' } },
  });

  it.each([
    ['ziekmelding_arbodienst', { status: 'overdue' }], // due 9 Jan, not recorded
    ['probleemanalyse', { status: 'done', doneOn: '2022-02-10', documentId: 'doc-7' }],
    ['plan_van_aanpak', { status: 'overdue' }], // due 27 Feb
    ['evaluatie_1', { status: 'open' }], // due 10 Apr
    ['einde_wachttijd', { status: 'open' }],
  ])('%s → %o', (key, expected) => expect(statusOf(t, key)).toMatchObject(expected));

  it('summarises the case', () => {
    expect(t).toMatchObject({ firstSickDay: '2022-01-03', lastSickDay: null, sickDays: 58, week: 9 });
    expect(t.nextDeadline).toEqual({ key: 'evaluatie_1', due: '2022-04-10' });
  });

  it.each([
    ['2022-02-27', 'open'], // the due day itself is still on time
    ['2022-02-28', 'overdue'],
  ])('plan van aanpak (due 27 Feb) as of %s → %s', (asOf, status) => {
    expect(statusOf(timeline(sickSince3Jan, { asOf }), 'plan_van_aanpak')?.status).toBe(status);
  });

  it('an event is done by itself once its date has passed', () => {
    expect(statusOf(timeline(sickSince3Jan, { asOf: '2023-12-31' }), 'einde_wachttijd')?.status).toBe('open');
    expect(statusOf(timeline(sickSince3Jan, { asOf: '2024-01-01' }), 'einde_wachttijd')).toMatchObject({
      status: 'done',
      doneOn: '2023-12-31',
    });
  });
});

describe('closed case (recovered)', () => {
  // Sick 3 Jan … 30 Jun 2022 = 29 + 28 + 31 + 30 + 31 + 30 = 179 sick days (week 26).
  const t = timeline([{ start: '2022-01-03', end: '2022-06-30' }], {
    asOf: '2022-09-01',
    done: {
      ziekmelding_arbodienst: { date: '2022-01-04' },
      probleemanalyse: { date: '2022-02-10' },
      plan_van_aanpak: { date: '2022-02-24' },
      evaluatie_1: { date: '2022-04-08' },
    },
  });

  it.each([
    ['evaluatie_1', 'done'], // sick day 98
    ['evaluatie_2', 'overdue'], // sick day 140 = 22 May, before recovery, never recorded
    ['evaluatie_3', 'not_applicable'], // sick day 182 > 179
    ['uwv_42e_week_melding', 'not_applicable'],
    ['eerstejaarsevaluatie', 'not_applicable'],
    ['wia_aanvraag', 'not_applicable'],
    ['einde_wachttijd', 'not_applicable'],
  ])('%s → %s', (key, status) => expect(statusOf(t, key)?.status).toBe(status));

  it('summarises a closed case and has no next deadline', () => {
    expect(t).toMatchObject({ lastSickDay: '2022-06-30', sickDays: 179, week: 26, nextDeadline: null });
    expect(t.relapseMergesUntil).toBe('2022-07-28'); // 30 Jun + 28
  });

  it('judges the 42e-weeksmelding on the sick-day clock, not on its working-day due date', () => {
    // Sick 3 Jan … Sun 23 Oct 2022 = exactly 294 days (42 weeks): the report (due Mon 24 Oct) is owed.
    const full = timeline([{ start: '2022-01-03', end: '2022-10-23' }], { asOf: '2022-10-25' });
    expect(statusOf(full, 'uwv_42e_week_melding')).toMatchObject({ due: '2022-10-24', status: 'overdue' });
    // One day less (recovered on day 294): week 42 was never completed.
    const short = timeline([{ start: '2022-01-03', end: '2022-10-22' }], { asOf: '2022-10-25' });
    expect(statusOf(short, 'uwv_42e_week_melding')?.status).toBe('not_applicable');
  });
});

describe('loonsanctie', () => {
  it('adds einde_loonsanctie and makes it the next deadline after the wachttijd', () => {
    // 13 weeks: sick day 7 × 117 = 819 → 31 Dec 2023 + 91 = 31 Mar 2024
    const t = timeline(sickSince3Jan, { asOf: '2024-01-15', loonsanctieWeeks: 13 });
    expect(statusOf(t, 'einde_wachttijd')?.status).toBe('done');
    expect(statusOf(t, 'einde_loonsanctie')).toMatchObject({ due: '2024-03-31', status: 'open' });
    expect(t.nextDeadline).toEqual({ key: 'einde_loonsanctie', due: '2024-03-31' });
  });
});

describe('vangnet report after a quick recovery', () => {
  // Vangnet sickness 7–11 Mar 2022 (5 sick days), then recovered.
  const t = timeline([{ start: '2022-03-07', end: '2022-03-11', safetyNet: true }], { asOf: '2022-05-01' });

  it.each([
    ['uwv_vangnet_melding', 'overdue'], // still owed: due 17 Apr (7 Mar + 41), never recorded
    ['ziekmelding_arbodienst', 'not_applicable'], // sick day 7 > 5
    ['probleemanalyse', 'not_applicable'],
  ])('%s → %s', (key, status) => expect(statusOf(t, key)?.status).toBe(status));

  it('has no 42e-weeksmelding (every period is a vangnet period)', () => {
    expect(statusOf(t, 'uwv_42e_week_melding')).toBeUndefined();
  });
});
