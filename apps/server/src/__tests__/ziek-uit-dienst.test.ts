import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';

/*
 * Ziek uit dienst in the platform (issue 16): when an employment ends while the person is sick,
 * the case gets the report to UWV due on the last day of the employment and the task to hand over
 * the re-integration file (docs/poortwachter.md, rule set wvp-2013-r2). Also: evaluations to week 104.
 */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z')); // Monday 2 March 2026
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const hr = () => org.users.hr.cookie;
type Milestone = { key: string; due: string; status: string };
const milestone = (c: { milestones: Milestone[] }, key: string) => c.milestones.find((m) => m.key === key);

async function sickPerson(startDate: string) {
  const res = await api(t, '/api/v1/people', {
    method: 'POST',
    cookie: hr(),
    body: {
      employeeNumber: `Z-${Math.random().toString(36).slice(2, 10)}`,
      givenName: 'Ziek',
      surname: 'Uitdienst',
      employment: {
        startDate: '2020-01-01',
        hoursPerWeek: 24,
        jobTitle: 'Verzorgende IG',
        unitId: org.units.a1,
      },
    },
  });
  expect(res.status).toBe(201);
  const personId = (await res.json()).id as string;
  const sick = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: hr(),
    body: { personId, startDate },
  });
  expect(sick.status).toBe(201);
  return { personId, caseId: (await sick.json()).id as string };
}

async function employmentOf(personId: string) {
  const person = await (await api(t, `/api/v1/people/${personId}`, { cookie: hr() })).json();
  return person.employments[0] as { id: string; version: number };
}

async function endEmployment(personId: string, endDate: string) {
  const e = await employmentOf(personId);
  const res = await api(t, `/api/v1/employments/${e.id}`, {
    method: 'PATCH',
    cookie: hr(),
    body: { version: e.version, endDate },
  });
  expect(res.status).toBe(200);
}

const caseOf = async (caseId: string) =>
  (await api(t, `/api/v1/absences/${caseId}`, { cookie: hr() })).json();

describe('ziek uit dienst', () => {
  it('an employment ending during an open case adds the UWV report and the file hand-over, due on the last day', async () => {
    const { personId, caseId } = await sickPerson('2026-01-05');
    expect(milestone(await caseOf(caseId), 'uwv_ziek_uit_dienst')).toBeUndefined();
    await endEmployment(personId, '2026-03-31');
    const c = await caseOf(caseId);
    expect(milestone(c, 'uwv_ziek_uit_dienst')).toMatchObject({
      due: '2026-03-31',
      status: 'open',
      responsible: 'employer',
    });
    // 5 Jan → 31 Mar is day 86 of the case (≥ 42): the re-integration file goes along
    expect(milestone(c, 'reintegratieverslag_ziek_uit_dienst')).toMatchObject({ due: '2026-03-31' });

    // the task can be recorded as done
    const done = await api(t, `/api/v1/absences/${caseId}/milestones/uwv_ziek_uit_dienst`, {
      method: 'PUT',
      cookie: hr(),
      body: { doneOn: '2026-03-02', documentId: 'UWV-ZUD-1', note: null },
    });
    expect(done.status).toBe(200);
    expect(milestone(await done.json(), 'uwv_ziek_uit_dienst')).toMatchObject({ status: 'done' });
  });

  it('the daily reminders tell HR about it in the week before the last day', async () => {
    const { personId, caseId } = await sickPerson('2026-02-02');
    await endEmployment(personId, '2026-03-06');
    await runDeadlineReminders(t.deps);
    const notices = await (await api(t, '/api/v1/me/absence-notices', { cookie: hr() })).json();
    const mine = notices.items.filter((n: { caseId: string }) => n.caseId === caseId);
    expect(mine.map((n: { milestoneKey: string }) => n.milestoneKey)).toContain('uwv_ziek_uit_dienst');
    const notice = mine.find((n: { milestoneKey: string }) => n.milestoneKey === 'uwv_ziek_uit_dienst');
    expect(notice).toMatchObject({ due: '2026-03-06', overdue: false });
    expect(notice.label.nl).toContain('ziek uit dienst');
    // 2 Feb → 6 Mar is day 33 of the case: no re-integratieverslag yet (UWV: under 6 weeks)
    expect(milestone(await caseOf(caseId), 'reintegratieverslag_ziek_uit_dienst')).toBeUndefined();
  });

  it('no ziek uit dienst after recovery, or when a new contract continues the employment', async () => {
    const recovered = await sickPerson('2026-01-12');
    const rec = await api(t, `/api/v1/absences/${recovered.caseId}/recovery`, {
      method: 'POST',
      cookie: hr(),
      body: { recoveredOn: '2026-02-01' },
    });
    expect(rec.status).toBe(200);
    await endEmployment(recovered.personId, '2026-02-28');
    expect(milestone(await caseOf(recovered.caseId), 'uwv_ziek_uit_dienst')).toBeUndefined();

    const renewed = await sickPerson('2026-01-12');
    await endEmployment(renewed.personId, '2026-03-31');
    const next = await api(t, `/api/v1/people/${renewed.personId}/employments`, {
      method: 'POST',
      cookie: hr(),
      body: { startDate: '2026-04-01', hoursPerWeek: 24, jobTitle: 'Verzorgende IG', unitId: org.units.a1 },
    });
    expect(next.status).toBe(201);
    expect(milestone(await caseOf(renewed.caseId), 'uwv_ziek_uit_dienst')).toBeUndefined();
  });

  it('schedules evaluations of the plan van aanpak up to week 104, and on through a loonsanctie', async () => {
    const { caseId } = await sickPerson('2026-01-05');
    const keys = (c: { milestones: Milestone[] }) =>
      c.milestones.filter((m) => m.key.startsWith('evaluatie_')).map((m) => m.key);
    const c = await caseOf(caseId);
    expect(keys(c)).toHaveLength(16);
    // week 104 ends on 5 Jan 2026 + 727 = 2 Jan 2028, with the end of the wachttijd
    expect(milestone(c, 'evaluatie_16')?.due).toBe('2028-01-02');
    expect(milestone(c, 'einde_wachttijd')?.due).toBe('2028-01-02');
    const sanctioned = await api(t, `/api/v1/absences/${caseId}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { version: c.version, loonsanctieWeeks: 13 },
    });
    expect(sanctioned.status).toBe(200);
    // weeks 110 and 116 fall in a 13-week loonsanctie (to week 117)
    expect(keys(await sanctioned.json())).toHaveLength(18);
  });
});
