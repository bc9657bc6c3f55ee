import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  // A fixed "today": Monday 2 March 2026 (noon in Amsterdam).
  t.clock.set(new Date('2026-03-02T11:00:00Z'));
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const cookie = (role: keyof TestOrg['users']) => org.users[role].cookie;

async function newPerson(unitId: string, email: string | null = null) {
  const res = await api(t, '/api/v1/people', {
    method: 'POST',
    cookie: cookie('hr'),
    body: {
      employeeNumber: `V-${Math.random().toString(36).slice(2, 10)}`,
      givenName: 'Verzuim',
      surname: 'Persoon',
      email,
      employment: { startDate: '2020-01-01', hoursPerWeek: 24, jobTitle: 'Verzorgende IG', unitId },
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

async function reportSick(
  personId: string,
  startDate: string,
  role: keyof TestOrg['users'] = 'hr',
  extra: Record<string, unknown> = {},
) {
  return api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: cookie(role),
    body: { personId, startDate, ...extra },
  });
}

describe('sick reports and the Poortwachter timeline', () => {
  it('lets a manager report a team member sick, with only the AP-allowed fields', async () => {
    const personId = await newPerson(org.units.a1);
    const res = await reportSick(personId, '2026-02-27', 'manager', {
      contactPhone: '06-12345678',
      expectedDurationDays: 5,
      currentWork: 'Ochtendronde wijk Noord overdragen',
      safetyNet: false,
      workAccident: true,
      liableThirdParty: false,
    });
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c).toMatchObject({
      personId,
      status: 'open',
      firstSickDay: '2026-02-27',
      sickDays: 4,
      week: 1,
      safetyNet: false,
    });
    expect(c.reports[0]).toMatchObject({
      contactPhone: '06-12345678',
      workAccident: true,
      expectedDurationDays: 5,
    });
    expect(c.nextDeadline).toMatchObject({ key: 'ziekmelding_arbodienst', due: '2026-03-05' });
    expect(c.permissions).toEqual({
      manage: true,
      casework: true,
      medical: false,
      writeCapabilities: false,
      correct: true,
    });
  });

  it('refuses a diagnosis or a reason on a sick report with 422 naming the field, and stores nothing', async () => {
    const personId = await newPerson(org.units.a1);
    // pregnancyRelated would tell WHICH vangnet applies: only `safetyNet` (whether) is allowed
    for (const extra of [
      { diagnosis: 'griep' },
      { reason: 'rugklachten' },
      { diagnosisCode: 'J11' },
      { pregnancyRelated: true },
    ]) {
      const res = await reportSick(personId, '2026-02-20', 'manager', extra);
      expect(res.status).toBe(422);
      const p = await res.json();
      expect(p.errors).toEqual([
        expect.objectContaining({ field: Object.keys(extra)[0], code: 'unknown_field' }),
      ]);
    }
    const list = await (
      await api(t, `/api/v1/absences?personId=${personId}&status=all`, { cookie: cookie('hr') })
    ).json();
    expect(list.total).toBe(0);
  });

  it('refuses a report for someone outside the manager’s units, in the future, or while already sick', async () => {
    expect((await reportSick(org.outOfScopePersonId, '2026-02-20', 'manager')).status).toBe(422);
    const personId = await newPerson(org.units.a1);
    const future = await reportSick(personId, '2026-03-03');
    expect(future.status).toBe(422);
    expect((await future.json()).errors[0]).toMatchObject({ field: 'startDate', code: 'in_future' });
    expect((await reportSick(personId, '2026-02-20')).status).toBe(201);
    const again = await reportSick(personId, '2026-02-25');
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('already_sick');
  });

  it('builds the timeline as of today with hand-computed due dates and overdue status', async () => {
    const personId = await newPerson(org.units.b);
    // Monday 5 January 2026 = sick-day 1; today (2 March) is sick-day 57, week 9.
    const c = await (await reportSick(personId, '2026-01-05')).json();
    expect(c).toMatchObject({ sickDays: 57, week: 9, asOf: '2026-03-02', ruleSet: 'wvp-2013-r2' });
    const m = Object.fromEntries(c.milestones.map((x: { key: string }) => [x.key, x]));
    expect(m.ziekmelding_arbodienst).toMatchObject({
      due: '2026-01-11',
      status: 'overdue',
      responsible: 'employer',
    });
    expect(m.probleemanalyse).toMatchObject({
      due: '2026-02-15',
      status: 'overdue',
      responsible: 'occupational_physician',
    });
    expect(m.plan_van_aanpak).toMatchObject({ due: '2026-03-01', status: 'overdue' });
    expect(m.evaluatie_1).toMatchObject({ due: '2026-04-12', status: 'open' });
    // week 42 ends on Sunday 25 October 2026: the report is due on the next working day
    expect(m.uwv_42e_week_melding).toMatchObject({ due: '2026-10-26', status: 'open' });
    expect(m.eerstejaarsevaluatie).toMatchObject({ from: '2026-11-16', due: '2027-01-03' });
    expect(m.wia_aanvraag).toMatchObject({ due: '2027-10-17', responsible: 'employee' });
    expect(m.einde_wachttijd).toMatchObject({ due: '2028-01-02', kind: 'event' });
    expect(c.overdue.map((o: { key: string }) => o.key)).toEqual([
      'ziekmelding_arbodienst',
      'probleemanalyse',
      'plan_van_aanpak',
    ]);
    expect(c.nextDeadline).toMatchObject({ key: 'evaluatie_1', due: '2026-04-12' });

    // marking milestones done moves them out of the overdue list
    const done = await api(t, `/api/v1/absences/${c.id}/milestones/probleemanalyse`, {
      method: 'PUT',
      cookie: cookie('occupational_physician'),
      body: { doneOn: '2026-02-12', documentId: 'PA-2026-7' },
    });
    expect(done.status).toBe(200);
    const after = await done.json();
    expect(after.milestones.find((x: { key: string }) => x.key === 'probleemanalyse')).toMatchObject({
      status: 'done',
      doneOn: '2026-02-12',
      documentId: 'PA-2026-7',
    });
    expect(after.overdue.map((o: { key: string }) => o.key)).toEqual([
      'ziekmelding_arbodienst',
      'plan_van_aanpak',
    ]);
    // an event cannot be "done" by hand, an unknown key is 404, a future date 422
    const base = `/api/v1/absences/${c.id}/milestones`;
    expect(
      (
        await api(t, `${base}/einde_wachttijd`, {
          method: 'PUT',
          cookie: cookie('hr'),
          body: { doneOn: '2026-03-01' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api(t, `${base}/bestaat_niet`, {
          method: 'PUT',
          cookie: cookie('hr'),
          body: { doneOn: '2026-03-01' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api(t, `${base}/plan_van_aanpak`, {
          method: 'PUT',
          cookie: cookie('hr'),
          body: { doneOn: '2026-03-09' },
        })
      ).status,
    ).toBe(422);
  });

  it('lists cases by next deadline, overdue first and flagged, and filters by unit', async () => {
    const list = await (await api(t, '/api/v1/absences', { cookie: cookie('hr') })).json();
    expect(list.total).toBeGreaterThanOrEqual(3);
    const firstAttention = list.items.map(
      (i: { overdue: { due: string }[]; nextDeadline: { due: string } | null }) =>
        i.overdue[0]?.due ?? i.nextDeadline?.due,
    );
    expect([...firstAttention].sort()).toEqual(firstAttention);
    expect(list.items[0].overdue.length).toBeGreaterThan(0);
    const inB = await (
      await api(t, `/api/v1/absences?unitId=${org.units.b}`, { cookie: cookie('hr') })
    ).json();
    expect(inB.items.every((i: { unitId: string }) => i.unitId === org.units.b)).toBe(true);
    expect(inB.total).toBe(1);
    // the manager (unit A ⊃ A1) does not see the case in unit B
    const mine = await (await api(t, '/api/v1/absences', { cookie: cookie('manager') })).json();
    expect(mine.items.some((i: { unitId: string }) => i.unitId === org.units.b)).toBe(false);
    expect(mine.total).toBe(list.total - 1);
    const overdueOnly = await (
      await api(t, '/api/v1/absences?overdue=true', { cookie: cookie('hr') })
    ).json();
    expect(overdueOnly.items.every((i: { overdue: unknown[] }) => i.overdue.length > 0)).toBe(true);
  });
});

describe('case data', () => {
  it('records a loonsanctie that extends the waiting time, with optimistic versioning', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2026-01-05')).json();
    const res = await api(t, `/api/v1/absences/${c.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: { version: c.version, loonsanctieWeeks: 13 },
    });
    expect(res.status).toBe(200);
    const after = await res.json();
    expect(after.loonsanctieWeeks).toBe(13);
    // end of the waiting time (sick-day 728 = 2028-01-02) + 13 weeks = 2028-04-02
    expect(after.milestones.find((m: { key: string }) => m.key === 'einde_loonsanctie')).toMatchObject({
      due: '2028-04-02',
    });
    const stale = await api(t, `/api/v1/absences/${c.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: { version: c.version, loonsanctieWeeks: null },
    });
    expect(stale.status).toBe(409);
    const tooLong = await api(t, `/api/v1/absences/${c.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: { version: after.version, loonsanctieWeeks: 53 },
    });
    expect(tooLong.status).toBe(422);
  });

  it('links a work-accident report to the accident register for those who may read it', async () => {
    const personId = await newPerson(org.units.a1);
    const accident = await api(t, '/api/v1/accidents', {
      method: 'POST',
      cookie: cookie('hr'),
      body: {
        occurredOn: '2026-02-23',
        personId,
        unitId: org.units.a1,
        nature: 'Uitgegleden in de badkamer van een cliënt',
        consequences: 'Verzuim',
      },
    });
    expect(accident.status).toBe(201);
    const accidentId = (await accident.json()).id;
    const c = await (await reportSick(personId, '2026-02-24', 'manager', { workAccident: true })).json();
    // the manager may not read the accident register: no link
    expect(c.accidents).toEqual([]);
    const forHr = await (await api(t, `/api/v1/absences/${c.id}`, { cookie: cookie('hr') })).json();
    expect(forHr.accidents).toEqual([{ id: accidentId, occurredOn: '2026-02-23' }]);
  });
});

describe('plan van aanpak and evaluations', () => {
  it('creates the plan with version 0, updates it, and refuses a stale edit with 409', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2026-01-12')).json();
    const plan = {
      goals: 'Terug in eigen werk',
      agreedActivities: 'Wekelijks gesprek',
      adaptedWork: 'Geen tilwerk',
      reducedHoursPerWeek: 12,
      casemanagerPersonId: org.users.hr.personId,
      spoor1: 'Aangepast eigen werk',
      spoor2Status: 'not_decided',
      spoor2StartedOn: null,
      spoor2Notes: '',
      agreedOn: '2026-03-01',
    };
    const url = `/api/v1/absences/${c.id}/plan`;
    const created = await api(t, url, {
      method: 'PUT',
      cookie: cookie('manager'),
      body: { ...plan, version: 0 },
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ version: 1, casemanagerName: 'hr Test' });
    const first = await api(t, url, {
      method: 'PUT',
      cookie: cookie('hr'),
      body: { ...plan, goals: 'Eerste', version: 1 },
    });
    expect(first.status).toBe(200);
    const stale = await api(t, url, {
      method: 'PUT',
      cookie: cookie('manager'),
      body: { ...plan, goals: 'Tweede', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('stale_version');
    // creating again over an existing plan is stale as well
    expect(
      (await api(t, url, { method: 'PUT', cookie: cookie('manager'), body: { ...plan, version: 0 } })).status,
    ).toBe(409);
    expect(await (await api(t, url, { cookie: cookie('employee') })).status).toBe(404);
    const now = await (await api(t, url, { cookie: cookie('hr') })).json();
    expect(now).toMatchObject({ goals: 'Eerste', version: 2 });
    // the plan milestone and an evaluation
    const ev = await api(t, `/api/v1/absences/${c.id}/evaluations`, {
      method: 'POST',
      cookie: cookie('manager'),
      body: { date: '2026-03-02', summary: 'Opbouw loopt goed' },
    });
    expect(ev.status).toBe(201);
    const page = await (await api(t, `/api/v1/absences/${c.id}`, { cookie: cookie('hr') })).json();
    expect(page.evaluations).toHaveLength(1);
    expect(page.milestones.find((m: { key: string }) => m.key === 'evaluatie_1')).toMatchObject({
      status: 'done',
      doneOn: '2026-03-02',
    });
  });
});

describe('privacy: medical data for the occupational physician only', () => {
  let caseId: string;
  beforeAll(async () => {
    // the employee reports themself sick
    const res = await reportSick(org.users.employee.personId, '2026-02-16', 'employee');
    expect(res.status).toBe(201);
    caseId = (await res.json()).id;
  });

  it('gives manager, HR and works council 403 on every medical endpoint', async () => {
    for (const role of [
      'manager',
      'hr',
      'works_council',
      'employee',
      'prevention_officer',
      'coach',
    ] as const) {
      const read = await api(t, `/api/v1/absences/${caseId}/medical-notes`, { cookie: cookie(role) });
      expect(read.status, role).toBe(403);
      const write = await api(t, `/api/v1/absences/${caseId}/medical-notes`, {
        method: 'POST',
        cookie: cookie(role),
        body: { note: 'x' },
      });
      expect(write.status, role).toBe(403);
      const share = await api(t, `/api/v1/absences/${caseId}/capabilities`, {
        method: 'POST',
        cookie: cookie(role),
        body: { validFrom: '2026-03-01', limitations: 'x', possibilities: 'y', workAdvice: 'z' },
      });
      expect(share.status, role).toBe(403);
    }
  });

  it('lets the physician write and read notes; every read is audited and the employee sees who read', async () => {
    const doc = cookie('occupational_physician');
    const note = await api(t, `/api/v1/absences/${caseId}/medical-notes`, {
      method: 'POST',
      cookie: doc,
      body: { note: 'Overbelasting, behandeling via huisarts.', diagnosisCode: 'P78' },
    });
    expect(note.status).toBe(201);
    const read = await api(t, `/api/v1/absences/${caseId}/medical-notes`, { cookie: doc });
    expect(read.status).toBe(200);
    expect((await read.json()).items[0]).toMatchObject({
      note: 'Overbelasting, behandeling via huisarts.',
      diagnosisCode: 'P78',
    });
    const audit = await (
      await api(t, '/api/v1/audit-events?action=medical_notes.viewed', { cookie: cookie('hr') })
    ).json();
    expect(
      audit.items.filter(
        (e: { subjectPersonId: string }) => e.subjectPersonId === org.users.employee.personId,
      ),
    ).toHaveLength(1);
    // the audit entry carries no content
    expect(JSON.stringify(audit.items)).not.toContain('Overbelasting');
    const mine = await (
      await api(t, '/api/v1/me/file-access?pageSize=100', { cookie: cookie('employee') })
    ).json();
    const seen = mine.items.find((e: { action: string }) => e.action === 'medical_notes.viewed');
    expect(seen).toMatchObject({ actorName: 'occupational_physician Test', ip: null });
  });

  it('shares capabilities that the manager sees — without the notes', async () => {
    const shared = await api(t, `/api/v1/absences/${caseId}/capabilities`, {
      method: 'POST',
      cookie: cookie('occupational_physician'),
      body: {
        validFrom: '2026-03-01',
        limitations: 'Niet tillen',
        possibilities: 'Administratief werk',
        workAdvice: '2 × 4 uur',
      },
    });
    expect(shared.status).toBe(201);
    const page = await api(t, `/api/v1/absences/${caseId}`, { cookie: cookie('manager') });
    const body = await page.text();
    expect(body).toContain('Administratief werk');
    expect(body).not.toContain('Overbelasting');
    expect(body).not.toContain('P78');
    const caps = await (
      await api(t, `/api/v1/absences/${caseId}/capabilities`, { cookie: cookie('employee') })
    ).json();
    expect(caps.items[0]).toMatchObject({ workAdvice: '2 × 4 uur' });
  });
});

describe('return to work and signals', () => {
  it('tracks partial recovery, full recovery, and a relapse within 28 days as one case with a signal', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2025-11-03')).json();
    const partial = await api(t, `/api/v1/absences/${c.id}/partial-recovery`, {
      method: 'POST',
      cookie: cookie('manager'),
      body: { from: '2025-12-01', workPercentage: 50 },
    });
    expect(partial.status).toBe(200);
    expect(await partial.json()).toMatchObject({ workPercentage: 50, status: 'open' });
    const rec = await api(t, `/api/v1/absences/${c.id}/recovery`, {
      method: 'POST',
      cookie: cookie('manager'),
      body: { recoveredOn: '2026-01-05' },
    });
    expect(rec.status).toBe(200);
    expect(await rec.json()).toMatchObject({
      status: 'closed',
      lastSickDay: '2026-01-04',
      workPercentage: 100,
    });
    expect(
      (
        await api(t, `/api/v1/absences/${c.id}/recovery`, {
          method: 'POST',
          cookie: cookie('hr'),
          body: { recoveredOn: '2026-01-06' },
        })
      ).status,
    ).toBe(409);
    // sick again after 27 fit days (5 Jan … 31 Jan): added to the same case (samentelregel)
    const again = await (await reportSick(personId, '2026-02-01', 'manager')).json();
    expect(again.id).toBe(c.id);
    expect(again).toMatchObject({ relapse: true, firstSickDay: '2025-11-03', status: 'open' });
    expect(again.reports).toHaveLength(2);
    // 63 sick days + 30 (1 Feb … 2 Mar) = 93; the gap does not count
    expect(again.sickDays).toBe(93);
    const signals = await (await api(t, '/api/v1/absence-signals', { cookie: cookie('manager') })).json();
    expect(signals.items).toContainEqual(
      expect.objectContaining({ kind: 'relapse', personId, date: '2026-02-01', count: 27 }),
    );
    expect((await api(t, '/api/v1/absence-signals', { cookie: cookie('employee') })).status).toBe(403);
    expect((await api(t, '/api/v1/absence-signals', { cookie: cookie('works_council') })).status).toBe(403);
  });

  it('starts a new case after 28 fit days', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2025-12-01')).json();
    await api(t, `/api/v1/absences/${c.id}/recovery`, {
      method: 'POST',
      cookie: cookie('hr'),
      body: { recoveredOn: '2025-12-10' },
    });
    // fit 10 Dec … 6 Jan = 28 days: a new case
    const next = await (await reportSick(personId, '2026-01-07')).json();
    expect(next.id).not.toBe(c.id);
    expect(next.relapse).toBe(false);
  });

  it('signals frequent absence (3 reports in 12 months) to HR and the manager', async () => {
    const personId = await newPerson(org.units.a1);
    for (const [start, back] of [
      ['2025-05-05', '2025-05-08'],
      ['2025-09-01', '2025-09-03'],
      ['2026-01-12', '2026-01-14'],
    ]) {
      const c = await (await reportSick(personId, start as string)).json();
      expect(
        (
          await api(t, `/api/v1/absences/${c.id}/recovery`, {
            method: 'POST',
            cookie: cookie('hr'),
            body: { recoveredOn: back },
          })
        ).status,
      ).toBe(200);
    }
    for (const role of ['hr', 'manager'] as const) {
      const signals = await (await api(t, '/api/v1/absence-signals', { cookie: cookie(role) })).json();
      expect(signals.items).toContainEqual(
        expect.objectContaining({ kind: 'frequent', personId, count: 3, date: '2026-01-12' }),
      );
    }
  });

  it('corrects a report with the reason in the audit log, and refuses a stale correction', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2026-02-10')).json();
    const r = c.reports[0];
    const res = await api(t, `/api/v1/absences/${c.id}/reports/${r.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: {
        version: r.version,
        startDate: '2026-02-09',
        contactPhone: '010-1234567',
        reason: 'Ziekmelding kwam een dag later binnen',
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ firstSickDay: '2026-02-09' });
    const stale = await api(t, `/api/v1/absences/${c.id}/reports/${r.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: { version: r.version, startDate: '2026-02-08', reason: 'x' },
    });
    expect(stale.status).toBe(409);
    const audit = await (
      await api(t, '/api/v1/audit-events?action=absence.corrected', { cookie: cookie('hr') })
    ).json();
    expect(audit.items[0].details).toMatchObject({
      reason: 'Ziekmelding kwam een dag later binnen',
      changes: { startDate: { from: '2026-02-10', to: '2026-02-09' } },
    });
  });
});

describe('vangnet (Ziektewet safety net): whether, never which; one case whatever the cause', () => {
  const milestone = (c: { milestones: { key: string }[] }, key: string) =>
    c.milestones.find((m) => m.key === key);

  it('adds a vangnet report within 28 days to the ordinary case, with the UWV vangnet report', async () => {
    const personId = await newPerson(org.units.a1);
    const first = await (await reportSick(personId, '2026-01-05')).json();
    await api(t, `/api/v1/absences/${first.id}/recovery`, {
      method: 'POST',
      cookie: cookie('hr'),
      body: { recoveredOn: '2026-01-19' }, // sick 5–18 Jan = 14 days
    });
    // fit 19–28 Jan = 10 days < 28: the vangnet report joins the same case
    const res = await reportSick(personId, '2026-01-29', 'manager', { safetyNet: true });
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c.id).toBe(first.id);
    expect(c.reports.map((r: { safetyNet: boolean }) => r.safetyNet)).toEqual([false, true]);
    // 14 + 29 Jan … 2 Mar (3 + 28 + 2 = 33) = 47 sick days; a vangnet relapse is not flagged
    expect(c).toMatchObject({ safetyNet: true, sickDays: 47, week: 7, relapse: false });
    // the 4th sick day of the vangnet report: 29 Jan + 3 = 1 Feb (the earliest UWV term)
    expect(milestone(c, 'uwv_vangnet_melding')).toMatchObject({ due: '2026-02-01', status: 'overdue' });
    // mixed case: the 42e-weeksmelding stays
    expect(milestone(c, 'uwv_42e_week_melding')).toBeDefined();
    // 5 Jan 2026 + 727 = 2 Jan 2028 without a gap; the 10 gap days move it to 12 Jan 2028
    expect(milestone(c, 'einde_wachttijd')).toMatchObject({ due: '2028-01-12' });
    const signals = await (await api(t, '/api/v1/absence-signals', { cookie: cookie('hr') })).json();
    expect(signals.items.filter((i: { personId: string }) => i.personId === personId)).toEqual([]);

    // the flag can be corrected: it never moves a report to another case
    const r = c.reports[1];
    const corrected = await api(t, `/api/v1/absences/${c.id}/reports/${r.id}`, {
      method: 'PATCH',
      cookie: cookie('hr'),
      body: { version: r.version, safetyNet: false, reason: 'Geen vangnet volgens de arbodienst' },
    });
    expect(corrected.status).toBe(200);
    const after = await corrected.json();
    expect(after).toMatchObject({ id: c.id, safetyNet: false });
    expect(milestone(after, 'uwv_vangnet_melding')).toBeUndefined();
  });

  it('gives a vangnet-only case the UWV vangnet report and no 42e-weeksmelding', async () => {
    const personId = await newPerson(org.units.a1);
    const c = await (await reportSick(personId, '2026-02-02', 'hr', { safetyNet: true })).json();
    // the 4th sick day: 2 Feb + 3 = 5 Feb
    expect(milestone(c, 'uwv_vangnet_melding')).toMatchObject({ due: '2026-02-05', responsible: 'employer' });
    expect(milestone(c, 'uwv_42e_week_melding')).toBeUndefined();
    expect(milestone(c, 'probleemanalyse')).toMatchObject({ due: '2026-03-15' });
  });

  it('never counts vangnet reports towards frequent absence', async () => {
    const personId = await newPerson(org.units.a1);
    for (const [start, back, safetyNet] of [
      ['2025-05-05', '2025-05-08', false],
      ['2025-09-01', '2025-09-03', true],
      ['2026-01-12', '2026-01-14', false],
    ] as const) {
      const c = await (await reportSick(personId, start, 'hr', { safetyNet })).json();
      await api(t, `/api/v1/absences/${c.id}/recovery`, {
        method: 'POST',
        cookie: cookie('hr'),
        body: { recoveredOn: back },
      });
    }
    const signals = await (await api(t, '/api/v1/absence-signals', { cookie: cookie('hr') })).json();
    // 3 reports in 12 months, but one is a vangnet report: no signal (2 < 3)
    expect(signals.items.filter((i: { personId: string }) => i.personId === personId)).toEqual([]);
  });
});

describe('statistics', () => {
  it('computes the figures with suppression of small groups and the CBS benchmark', async () => {
    for (let i = 0; i < 5; i++) await newPerson(org.units.b);
    const res = await api(t, '/api/v1/absence-stats?from=2026-01-01&to=2026-02-28&groupBy=unit', {
      cookie: cookie('hr'),
    });
    expect(res.status).toBe(200);
    const s = await res.json();
    expect(s.totals.employees).toBeGreaterThanOrEqual(9);
    expect(s.totals.verzuimpercentage).toBeGreaterThan(0);
    // unit A holds the manager only: suppressed; B (7 people) is then hidden as well, because
    // total minus A1 would reveal A (complementary suppression); A1 is large enough to show.
    const byKey = Object.fromEntries(s.groups.map((g: { key: string }) => [g.key, g]));
    expect(byKey[org.units.a]).toMatchObject({ suppressed: true, reason: 'min_group_size', figures: null });
    expect(byKey[org.units.b]).toMatchObject({ suppressed: true, reason: 'complementary', figures: null });
    expect(byKey[org.units.a1]).toMatchObject({ suppressed: false, label: 'Team A1' });
    expect(byKey[org.units.a1].figures.employees).toBeGreaterThanOrEqual(5);
    // the test organisation is in SBI section Q (zorg) with fewer than 10 people
    expect(s.benchmark.sector.key).toBeTruthy();
    expect(s.benchmark.sector.title).toMatch(/Q|zorg/i);
    expect(s.benchmark.size.percentage).toBeGreaterThan(0);
    expect(s.benchmark.attribution).toContain('CBS');
    expect(s.frequentAbsentees).not.toBeNull();
  });

  it('shows the works council aggregates only, and nothing for a population under 5', async () => {
    const wc = await (
      await api(t, '/api/v1/absence-stats?from=2026-01-01&to=2026-02-28', { cookie: cookie('works_council') })
    ).json();
    expect(wc.totals).not.toBeNull();
    expect(wc.frequentAbsentees).toBeNull();
    const unit = await (
      await api(t, '/api/v1/units', { method: 'POST', cookie: cookie('hr'), body: { name: 'Klein team' } })
    ).json();
    await newPerson(unit.id);
    await newPerson(unit.id);
    const small = await (
      await api(t, `/api/v1/absence-stats?from=2026-01-01&to=2026-02-28&unitId=${unit.id}`, {
        cookie: cookie('works_council'),
      })
    ).json();
    expect(small).toMatchObject({ totals: null, durationClasses: null, groups: [] });
    // the manager may not look at another unit
    expect(
      (
        await api(t, `/api/v1/absence-stats?from=2026-01-01&to=2026-02-28&unitId=${org.units.b}`, {
          cookie: cookie('manager'),
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(t, '/api/v1/absence-stats?from=2026-01-01&to=2026-02-28', { cookie: cookie('employee') }))
        .status,
    ).toBe(403);
  });

  it('breaks down by month and exports CSV and XLSX', async () => {
    const s = await (
      await api(t, '/api/v1/absence-stats?from=2026-01-01&to=2026-02-28&groupBy=month', {
        cookie: cookie('hr'),
      })
    ).json();
    expect(s.groups.map((g: { key: string }) => g.key)).toEqual(['2026-01', '2026-02']);
    const csv = await api(t, '/api/v1/absence-stats/export?from=2026-01-01&to=2026-02-28&format=csv', {
      cookie: cookie('hr'),
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Verzuimpercentage');
    expect(text).toContain('Bron: CBS StatLine, tabel 80072NED');
    const xlsx = await api(t, '/api/v1/absence-stats/export?from=2026-01-01&to=2026-02-28&format=xlsx', {
      cookie: cookie('hr'),
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

/** Minimal RFC 5545 reader: unfold lines, split components, read properties. */
function parseIcs(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current as Record<string, string>);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).split(';')[0] as string] = line.slice(i + 1);
    }
  }
  return events;
}

describe('deadlines: iCal feed and reminders', () => {
  it('serves the user’s deadlines as a parsable iCalendar file', async () => {
    const res = await api(t, '/api/v1/me/deadlines.ics', { cookie: cookie('occupational_physician') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = parseIcs(await res.text());
    expect(events.length).toBeGreaterThan(0);
    // the physician's own tasks only: probleemanalyse / actueel oordeel
    for (const e of events) {
      expect(e.SUMMARY).toMatch(/Probleemanalyse|Actueel oordeel/);
      expect(e.DTSTART).toMatch(/^\d{8}$/);
      expect(e.UID).toMatch(/@inzetbaar$/);
    }
    const hr = parseIcs(await (await api(t, '/api/v1/me/deadlines.ics', { cookie: cookie('hr') })).text());
    expect(hr.some((e) => /Plan van aanpak/.test(e.SUMMARY ?? ''))).toBe(true);
    expect((await api(t, '/api/v1/me/deadlines.ics')).status).toBe(401);
  });

  it('sends reminders once per case, milestone and day, by mail and in-app', async () => {
    const first = await runDeadlineReminders(t.deps);
    expect(first.notices).toBeGreaterThan(0);
    expect(first.mails).toBeGreaterThan(0);
    const second = await runDeadlineReminders(t.deps);
    expect(second).toEqual({ notices: 0, mails: 0 });
    const notices = await (await api(t, '/api/v1/me/absence-notices', { cookie: cookie('hr') })).json();
    expect(notices.items.length).toBeGreaterThan(0);
    expect(notices.items[0]).toMatchObject({ label: { nl: expect.any(String) } });
    // the next day brings new notices for what is still open
    t.clock.set(new Date('2026-03-03T11:00:00Z'));
    expect((await runDeadlineReminders(t.deps)).notices).toBeGreaterThan(0);
    t.clock.set(new Date('2026-03-02T11:00:00Z'));
  });
});
