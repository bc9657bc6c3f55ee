import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { insertRoleAssignment } from '../modules/people/repo/roles.repo';
import { today } from '../platform/today';

/*
 * Issue #9, defect 2: a manager kept access to a person after the person moved to another unit
 * — GET /people/{id}, the case list, the case and PATCH /absences/{id} all answered 200, because
 * the scope used every unit the person was ever employed in. The rule (policy.ts, "current
 * employment"): a manager sees a person while the person's employment on the day asked about is
 * in the manager's units, and a case while it runs in those units.
 *
 * The manager of unit A (and sub-unit A1) is `org.users.manager`; the coach gets a manager role
 * for unit B here, so both sides of a move are checked.
 */

let t: TestApp;
let org: TestOrg;
const day = (offset: number) => {
  const d = new Date(`${today(t.clock)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** Move the person from their (only) employment to unit B: the old one ends the day before `from`. */
async function moveToB(personId: string, from: string) {
  const hr = org.users.hr.cookie;
  const person = await (await api(t, `/api/v1/people/${personId}`, { cookie: hr })).json();
  const current = person.employments[0];
  const ended = await api(t, `/api/v1/employments/${current.id}`, {
    method: 'PATCH',
    cookie: hr,
    body: { version: current.version, endDate: day(Number(from) - 1) },
  });
  expect(ended.status).toBe(200);
  const started = await api(t, `/api/v1/people/${personId}/employments`, {
    method: 'POST',
    cookie: hr,
    body: { startDate: day(Number(from)), hoursPerWeek: 24, jobTitle: 'Verzorgende IG', unitId: org.units.b },
  });
  expect(started.status).toBe(201);
}

async function reportSick(personId: string, startDate: string) {
  const res = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: { personId, startDate },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number };
}

const managerA = () => org.users.manager.cookie;
const managerB = () => org.users.coach.cookie;
const caseIds = async (cookie: string, personId: string) =>
  (
    (await (await api(t, `/api/v1/absences?personId=${personId}&status=all`, { cookie })).json()).items as {
      id: string;
    }[]
  ).map((c) => c.id);

let moved: string;
let oldCase: string;
let newCase: { id: string; version: number };
let midCasePerson: string;
let midCase: { id: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  await insertRoleAssignment(t.deps.db, {
    organizationId: org.organizationId,
    personId: org.users.coach.personId,
    role: 'manager',
    unitId: org.units.b,
  });
  // a person of A1: sick and recovered while in A1, then moved to B, then sick again
  moved = org.inScopePersonId;
  oldCase = (await reportSick(moved, day(-60))).id;
  const recovered = await api(t, `/api/v1/absences/${oldCase}/recovery`, {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: { recoveredOn: day(-45) },
  });
  expect(recovered.status).toBe(200);
  await moveToB(moved, '-29');
  newCase = await reportSick(moved, day(-10));
  // another person of A1, sick while in A1 and moved to B during the case
  const p = await api(t, '/api/v1/people', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: {
      employeeNumber: 'verhuisd-2',
      givenName: 'Midden',
      surname: 'Verhuisd',
      employment: { startDate: '2020-01-01', hoursPerWeek: 24, jobTitle: 'Helpende', unitId: org.units.a1 },
    },
  });
  midCasePerson = (await p.json()).id;
  midCase = await reportSick(midCasePerson, day(-20));
  await moveToB(midCasePerson, '-4');
});
afterAll(() => t.close());

describe('a manager loses a person who moved to another unit', () => {
  it('GET /people/{id}: 404 for the old manager, 200 for the new one', async () => {
    expect((await api(t, `/api/v1/people/${moved}`, { cookie: managerA() })).status).toBe(404);
    expect((await api(t, `/api/v1/people/${moved}`, { cookie: managerB() })).status).toBe(200);
  });

  it('the case list: the old manager keeps only the case that ran in his unit', async () => {
    expect(await caseIds(managerA(), moved)).toEqual([oldCase]);
    expect(await caseIds(managerB(), moved)).toEqual([newCase.id]);
  });

  it('reading the new case: 404 for the old manager, 200 for the new one', async () => {
    expect((await api(t, `/api/v1/absences/${newCase.id}`, { cookie: managerA() })).status).toBe(404);
    expect((await api(t, `/api/v1/absences/${newCase.id}/documents`, { cookie: managerA() })).status).toBe(
      404,
    );
    expect((await api(t, `/api/v1/absences/${newCase.id}`, { cookie: managerB() })).status).toBe(200);
  });

  it('PATCH /absences/{id}: the old manager cannot write the new case', async () => {
    const res = await api(t, `/api/v1/absences/${newCase.id}`, {
      method: 'PATCH',
      cookie: managerA(),
      body: { version: newCase.version, loonsanctieWeeks: 12 },
    });
    expect(res.status).toBe(404);
    const after = await (
      await api(t, `/api/v1/absences/${newCase.id}`, { cookie: org.users.hr.cookie })
    ).json();
    expect(after.loonsanctieWeeks).toBeNull();
  });
});

describe('a move between units in the middle of a case', () => {
  it('moves the running case to the new manager', async () => {
    expect((await api(t, `/api/v1/absences/${midCase.id}`, { cookie: managerA() })).status).toBe(404);
    expect(await caseIds(managerA(), midCasePerson)).toEqual([]);
    expect((await api(t, `/api/v1/absences/${midCase.id}`, { cookie: managerB() })).status).toBe(200);
    const res = await api(t, `/api/v1/absences/${midCase.id}`, {
      method: 'PATCH',
      cookie: managerB(),
      body: { version: midCase.version, loonsanctieWeeks: 4 },
    });
    expect(res.status).toBe(200);
  });
});
