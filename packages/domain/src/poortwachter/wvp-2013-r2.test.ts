import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline';
import { PoortwachterInputError } from './input-error';
import { timelineFromJson } from './timeline-from-json';
import type { TCaseTimeline, TSicknessPeriodInput, TTimelineOptions } from './types';
import { wvp2013 } from './wvp-2013';
import { wvp2013r2 } from './wvp-2013-r2';

/*
 * Rule set wvp-2013-r2: the same law as wvp-2013, read correctly (issue 16). Each table cites the
 * source of the rule it checks; the arithmetic of every date is in the row's comment.
 */

const only = (periods: TSicknessPeriodInput[], options: TTimelineOptions, rules = wvp2013r2) => {
  const t = buildTimeline(periods, options, rules);
  const [first] = t.cases;
  if (!first) throw new Error('expected a case');
  return first;
};
const find = (c: TCaseTimeline | undefined, key: string) => c?.milestones.find((m) => m.key === key);
const keysOf = (c: TCaseTimeline | undefined, prefix: string) =>
  (c?.milestones ?? []).filter((m) => m.key.startsWith(prefix)).map((m) => m.key);

describe('uwv_vangnet_melding: the 4th sick day of the first vangnet period, the earliest UWV term', () => {
  // Sources: brightmine.com "Ziekmelding bij UWV" (flexibiliseringsperiode, after the pregnancy
  // leave, fictieve dienstbetrekking: "uiterlijk op de 4e ziektedag"); rendement.nl (since
  // 1 Jan 2012 "binnen vier dagen"); uwv.nl and vgs.nl (other vangnet cases: within 6 weeks). The
  // employer may not record which vangnet applies (AP, domain-rules §2.1 item 4) → the earliest.
  it.each<[string, TSicknessPeriodInput[], string, string, number, string]>([
    // [name, periods, asOf, due, sickDay on the case clock at `due`, status]
    [
      'vangnet from the start (Mon 7 Mar 2022): day 4 = 7 Mar + 3',
      [{ start: '2022-03-07', end: null, safetyNet: true }],
      '2022-03-09',
      '2022-03-10',
      4,
      'open',
    ],
    [
      'the calendar, not working days: from Sat 5 Mar 2022 → Tue 8 Mar',
      [{ start: '2022-03-05', end: null, safetyNet: true }],
      '2022-03-08',
      '2022-03-08',
      4,
      'open', // due today is still open
    ],
    [
      'overdue the day after the 4th sick day',
      [{ start: '2022-03-05', end: null, safetyNet: true }],
      '2022-03-09',
      '2022-03-08',
      4,
      'overdue',
    ],
    [
      'vangnet after ordinary sickness: counts from the vangnet period (1 Feb 2022 + 3)',
      [
        { start: '2022-01-03', end: '2022-01-30' },
        { start: '2022-02-01', end: null, safetyNet: true },
      ],
      '2022-03-01',
      '2022-02-04',
      32, // 28 (3–30 Jan) + 4 (1–4 Feb)
      'overdue',
    ],
    [
      'a 2-day vangnet spell still owes the report (the ZW benefit is claimed through it)',
      [{ start: '2022-03-07', end: '2022-03-08', safetyNet: true }],
      '2022-03-20',
      '2022-03-10',
      2, // only 2 sick days by 10 Mar: never past the case's own days, so never not_applicable
      'overdue',
    ],
    [
      'the first vangnet period counts, not a later one',
      [
        { start: '2022-03-07', end: '2022-03-11', safetyNet: true },
        { start: '2022-03-21', end: null, safetyNet: true }, // fit 12–20 Mar: same case
      ],
      '2022-03-25',
      '2022-03-10',
      4,
      'overdue',
    ],
  ])('%s', (_name, periods, asOf, due, sickDay, status) => {
    expect(find(only(periods, { asOf }), 'uwv_vangnet_melding')).toMatchObject({
      due,
      sickDay,
      status,
      responsible: 'employer',
    });
  });

  it('the label names the later (6-week) term as well', () => {
    const m = find(
      only([{ start: '2022-03-07', end: null, safetyNet: true }], { asOf: '2022-03-08' }),
      'uwv_vangnet_melding',
    );
    expect(m?.label.nl).toContain('4e ziektedag');
    expect(m?.label.nl).toContain('6 weken');
    expect(m?.label.en).toContain('4th sick day');
    expect(m?.label.en).toContain('6 weeks');
    expect(m?.legalSource).toContain('AP');
  });

  it('wvp-2013 (the old reading) is kept reproducible: day 42', () => {
    const c = only([{ start: '2022-03-07', end: null, safetyNet: true }], { asOf: '2022-03-08' }, wvp2013);
    expect(find(c, 'uwv_vangnet_melding')?.due).toBe('2022-04-17'); // 7 Mar + 41
  });
});

describe('evaluations of the plan van aanpak: every 6 weeks to week 104 and through a loonsanctie', () => {
  // Sources: Regeling procesgang (bijstelling plan van aanpak), uwv.nl "ten minste eens per 6
  // weken"; the re-integration duties run the whole wachttijd (art. 7:658a BW, art. 7:629 lid 1 BW)
  // and during a loonsanctie, which extends it (art. 25 lid 9 WIA).
  const sick = [{ start: '2022-01-03', end: null }];
  it.each<[string, number | undefined, number[]]>([
    [
      'no loonsanctie: weeks 14 … 104',
      undefined,
      [14, 20, 26, 32, 38, 44, 50, 56, 62, 68, 74, 80, 86, 92, 98, 104],
    ],
    ['13 weeks of loonsanctie (to week 117): on to week 116', 13, [110, 116]],
    ['52 weeks (to week 156): on to week 152', 52, [110, 116, 122, 128, 134, 140, 146, 152]],
    ['5 weeks (to week 109): nothing past 104', 5, []],
  ])('%s', (_name, loonsanctieWeeks, weeks) => {
    const c = only(sick, { asOf: '2022-02-01', ...(loonsanctieWeeks ? { loonsanctieWeeks } : {}) });
    const evaluations = c.milestones.filter((m) => m.key.startsWith('evaluatie_'));
    const after104 = evaluations.filter((m) => m.sickDay > 7 * 104).map((m) => m.sickDay / 7);
    if (loonsanctieWeeks === undefined) expect(evaluations.map((m) => m.sickDay / 7)).toEqual(weeks);
    else expect(after104).toEqual(weeks);
    expect(evaluations.map((m) => m.key)).toEqual(evaluations.map((_, i) => `evaluatie_${i + 1}`));
  });

  it('evaluatie_16 falls in week 104, on the end of the wachttijd (3 Jan 2022 + 727 = 31 Dec 2023)', () => {
    const c = only(sick, { asOf: '2022-02-01' });
    expect(find(c, 'evaluatie_16')).toMatchObject({ sickDay: 728, due: '2023-12-31' });
    expect(find(c, 'einde_wachttijd')?.due).toBe('2023-12-31');
  });

  it('a 13-week loonsanctie: evaluatie_18 in week 116 = 31 Dec 2023 + 84 = 24 Mar 2024', () => {
    const c = only(sick, { asOf: '2024-01-15', loonsanctieWeeks: 13 });
    expect(find(c, 'evaluatie_18')).toMatchObject({ sickDay: 812, due: '2024-03-24', status: 'open' });
    expect(find(c, 'einde_loonsanctie')?.due).toBe('2024-03-31');
  });

  it('wvp-2013 stopped at week 92 (kept reproducible)', () => {
    expect(
      keysOf(only(sick, { asOf: '2022-02-01', loonsanctieWeeks: 13 }, wvp2013), 'evaluatie_').at(-1),
    ).toBe('evaluatie_14');
  });
});

describe('ziek uit dienst: the employment ends while the employee is sick', () => {
  // Sources: uwv.nl / andersverzuim.nl: the employer reports "ziek uit dienst" to UWV at the latest
  // on the last day of the employment (a fine when late); art. 38 ZW. The re-integratieverslag for
  // the ZW application: none before 6 weeks, shortened at 6–10 weeks, full from 10 weeks (uwv.nl).
  it.each<[string, TSicknessPeriodInput[], string, string, string | null, string | null, boolean]>([
    // [name, periods, asOf, employmentEnd, status of uwv_ziek_uit_dienst (null = none), its sickDay, file task?]
    [
      'sick on the last day (3 Jan–31 Mar 2022, still sick): due that day',
      [{ start: '2022-01-03', end: null }],
      '2022-03-31',
      '2022-03-31',
      'open',
      '88', // 29 (Jan) + 28 (Feb) + 31 (Mar)
      true,
    ],
    [
      'the day after the last day of employment: overdue until recorded',
      [{ start: '2022-01-03', end: null }],
      '2022-04-01',
      '2022-03-31',
      'overdue',
      '88',
      true,
    ],
    [
      'notice given: the end lies ahead, projected on the open case',
      [{ start: '2022-01-03', end: null }],
      '2022-02-01',
      '2022-06-30',
      'open',
      '179', // 3 Jan → 30 Jun = 178 days later, inclusive 179
      true,
    ],
    [
      'recovered on the very last day of employment: still sick that day',
      [{ start: '2022-03-01', end: '2022-03-31' }],
      '2022-04-05',
      '2022-03-31',
      'overdue',
      '31',
      false, // 31 days: under 6 weeks, no re-integratieverslag
    ],
    [
      'recovered before the end: no report',
      [{ start: '2022-03-01', end: '2022-03-20' }],
      '2022-04-05',
      '2022-03-31',
      null,
      null,
      false,
    ],
    [
      'fit on the last day, in a gap of the case: not sick that day, no report',
      [
        { start: '2022-01-03', end: '2022-03-20' },
        { start: '2022-04-04', end: null }, // fit 21 Mar–3 Apr (14 days): same case
      ],
      '2022-04-10',
      '2022-03-31',
      null,
      null,
      false,
    ],
    [
      'employment ended before the sickness began: no report',
      [{ start: '2022-04-04', end: null }],
      '2022-04-10',
      '2022-03-31',
      null,
      null,
      false,
    ],
    [
      'a partial return to work is still sickness (two adjacent spells)',
      [
        { start: '2022-01-03', end: '2022-02-28' },
        { start: '2022-03-01', end: null }, // 50% at work from 1 Mar
      ],
      '2022-03-31',
      '2022-03-31',
      'open',
      '88',
      true,
    ],
  ])('%s', (_name, periods, asOf, employmentEnd, status, sickDay, hasFileTask) => {
    const c = only(periods, { asOf, employmentEnd });
    const report = find(c, 'uwv_ziek_uit_dienst');
    if (status === null) expect(report).toBeUndefined();
    else
      expect(report).toMatchObject({
        due: employmentEnd,
        status,
        sickDay: Number(sickDay),
        responsible: 'employer',
        kind: 'task',
      });
    const file = find(c, 'reintegratieverslag_ziek_uit_dienst');
    if (hasFileTask) expect(file).toMatchObject({ due: employmentEnd, responsible: 'employer' });
    else expect(file).toBeUndefined();
  });

  it.each([
    // first sick day 3 Jan 2022 = day 1; day 42 = 13 Feb (end of week 6)
    ['2022-02-12', false], // day 41: left within 6 weeks → only the report
    ['2022-02-13', true], // day 42: 6 weeks of sickness
  ])('re-integratieverslag from the 6th week: employment ends %s → %s', (employmentEnd, hasFileTask) => {
    const c = only([{ start: '2022-01-03', end: null }], { asOf: '2022-02-01', employmentEnd });
    expect(find(c, 'uwv_ziek_uit_dienst')?.due).toBe(employmentEnd);
    expect(!!find(c, 'reintegratieverslag_ziek_uit_dienst')).toBe(hasFileTask);
  });

  it('goes to the case the employee is sick in, not to an earlier one', () => {
    const t = buildTimeline(
      [
        { start: '2021-01-04', end: '2021-02-28' },
        { start: '2022-03-01', end: null }, // a year later: a new case
      ],
      { asOf: '2022-03-31', employmentEnd: '2022-03-31' },
      wvp2013r2,
    );
    expect(t.cases.map((c) => !!find(c, 'uwv_ziek_uit_dienst'))).toEqual([false, true]);
  });

  it('a done record completes it, and the other milestones are unchanged by the end', () => {
    const periods = [{ start: '2022-01-03', end: null }];
    const t = buildTimeline(
      periods,
      {
        asOf: '2022-04-05',
        employmentEnd: '2022-03-31',
        done: { uwv_ziek_uit_dienst: { date: '2022-03-30' } },
      },
      wvp2013r2,
    );
    expect(find(t.cases[0], 'uwv_ziek_uit_dienst')).toMatchObject({ status: 'done', doneOn: '2022-03-30' });
    const without = only(periods, { asOf: '2022-04-05' });
    const others = t.cases[0]?.milestones.filter((m) => !m.key.includes('ziek_uit_dienst'));
    expect(others).toEqual(without.milestones);
  });

  it('wvp-2013 had no ziek-uit-dienst milestones', () => {
    const c = only(
      [{ start: '2022-01-03', end: null }],
      { asOf: '2022-03-31', employmentEnd: '2022-03-31' },
      wvp2013,
    );
    expect(keysOf(c, 'uwv_ziek')).toEqual([]);
  });

  it('timelineFromJson accepts employmentEnd and names a bad one', () => {
    const t = timelineFromJson({
      asOf: '2022-04-01',
      periods: [{ start: '2022-01-03', end: null }],
      employmentEnd: '2022-03-31',
    });
    expect(find(t.cases[0], 'uwv_ziek_uit_dienst')).toMatchObject({ due: '2022-03-31', status: 'overdue' });
    try {
      timelineFromJson({
        asOf: '2022-04-01',
        periods: [{ start: '2022-01-03', end: null }],
        employmentEnd: '31-03-2022',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PoortwachterInputError);
      expect((e as PoortwachterInputError).issues[0]).toMatchObject({
        field: 'employmentEnd',
        code: 'invalid_date',
      });
    }
  });
});
