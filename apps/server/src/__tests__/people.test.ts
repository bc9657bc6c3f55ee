import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const hr = () => org.users.hr.cookie;

describe('people', () => {
  it('creates a person with a first employment and shows it on the person page', async () => {
    const res = await api(t, '/api/v1/people', {
      method: 'POST',
      cookie: hr(),
      body: {
        employeeNumber: 'N-1',
        givenName: 'Fatima',
        surnamePrefix: 'el',
        surname: 'Amrani',
        birthDate: '1968-04-12',
        email: 'f.elamrani@example.nl',
        employment: {
          startDate: '2019-03-01',
          hoursPerWeek: 28,
          jobTitle: 'Wijkverpleegkundige',
          unitId: org.units.a1,
        },
      },
    });
    expect(res.status).toBe(201);
    const person = await res.json();
    expect(person).toMatchObject({
      displayName: 'Fatima el Amrani',
      unitName: 'Team A1',
      isActive: true,
      version: 1,
    });
    expect(person.employments).toHaveLength(1);
    const page = await (await api(t, `/api/v1/people/${person.id}`, { cookie: hr() })).json();
    expect(page.employments[0]).toMatchObject({ hoursPerWeek: 28, jobTitle: 'Wijkverpleegkundige' });
  });

  it('returns 422 problem+json naming each invalid field, in Dutch by default and English on request', async () => {
    const body = {
      employeeNumber: '',
      givenName: 'X',
      surname: 'Y',
      birthDate: '2023-02-29',
      email: 'geen-email',
    };
    const nl = await api(t, '/api/v1/people', { method: 'POST', cookie: hr(), body });
    expect(nl.status).toBe(422);
    expect(nl.headers.get('content-type')).toContain('application/problem+json');
    const p = await nl.json();
    expect(p.code).toBe('validation_failed');
    expect(p.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'birthDate',
      'email',
      'employeeNumber',
    ]);
    expect(p.errors.find((e: { field: string }) => e.field === 'email').message).toBe(
      'Geen geldig e-mailadres.',
    );
    const en = await (
      await api(t, '/api/v1/people', {
        method: 'POST',
        cookie: hr(),
        body,
        headers: { 'Accept-Language': 'en-GB,en;q=0.8' },
      })
    ).json();
    expect(en.errors.find((e: { field: string }) => e.field === 'email').message).toBe(
      'Not a valid email address.',
    );
  });

  it('refuses a duplicate personeelsnummer with 409 naming the field', async () => {
    const body = { employeeNumber: 'DUP-1', givenName: 'A', surname: 'B' };
    expect((await api(t, '/api/v1/people', { method: 'POST', cookie: hr(), body })).status).toBe(201);
    const res = await api(t, '/api/v1/people', { method: 'POST', cookie: hr(), body });
    expect(res.status).toBe(409);
    expect((await res.json()).errors[0].field).toBe('employeeNumber');
  });

  it('gives 409 on a stale edit instead of losing an update', async () => {
    const id = org.inScopePersonId;
    const first = await api(t, `/api/v1/people/${id}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { version: 1, givenName: 'Eerste' },
    });
    expect(first.status).toBe(200);
    const stale = await api(t, `/api/v1/people/${id}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { version: 1, givenName: 'Tweede' },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('stale_version');
    const now = await (await api(t, `/api/v1/people/${id}`, { cookie: hr() })).json();
    expect(now.givenName).toBe('Eerste');
  });

  it('searches, filters by unit, and paginates', async () => {
    const all = await (await api(t, '/api/v1/people?pageSize=3', { cookie: hr() })).json();
    expect(all.items).toHaveLength(3);
    expect(all.total).toBeGreaterThanOrEqual(9);
    const inB = await (await api(t, `/api/v1/people?unitId=${org.units.b}`, { cookie: hr() })).json();
    expect(inB.items.map((p: { id: string }) => p.id)).toEqual([org.outOfScopePersonId]);
    const search = await (await api(t, '/api/v1/people?q=buiten', { cookie: hr() })).json();
    expect(search.total).toBe(1);
  });

  it('lets a manager see only people of their units and sub-units', async () => {
    const m = org.users.manager.cookie;
    const list = await (await api(t, '/api/v1/people?pageSize=100', { cookie: m })).json();
    const ids = list.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(org.inScopePersonId);
    expect(ids).not.toContain(org.outOfScopePersonId);
    expect((await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: m })).status).toBe(200);
    expect((await api(t, `/api/v1/people/${org.outOfScopePersonId}`, { cookie: m })).status).toBe(404);
  });

  it('isolates tenants: a user of another organisation gets 404 on this one', async () => {
    const other = await createTestOrg(t);
    const res = await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: other.users.hr.cookie });
    expect(res.status).toBe(404);
    const list = await (
      await api(t, '/api/v1/people?pageSize=200', { cookie: other.users.hr.cookie })
    ).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(org.inScopePersonId);
  });

  it('audits reading a file and shows it to the person on "who viewed my file"', async () => {
    const target = org.users.employee;
    await api(t, `/api/v1/people/${target.personId}`, { cookie: org.users.manager.cookie });
    const mine = await (await api(t, '/api/v1/me/file-access', { cookie: target.cookie })).json();
    const viewed = mine.items.find((e: { action: string }) => e.action === 'person.viewed');
    expect(viewed).toMatchObject({ subjectPersonId: target.personId, actorName: 'manager Test', ip: null });
    const audit = await (
      await api(t, `/api/v1/audit-events?action=person.viewed&subjectPersonId=${target.personId}`, {
        cookie: hr(),
      })
    ).json();
    expect(audit.total).toBeGreaterThanOrEqual(1);
  });

  it('exports the people list as CSV and XLSX', async () => {
    const csv = await api(t, '/api/v1/people/export?format=csv', { cookie: hr() });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('"Personeelsnummer";"Roepnaam"');
    const xlsx = await api(t, '/api/v1/people/export?format=xlsx', { cookie: hr() });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // zip
  });
});

describe('units', () => {
  it('creates, renames, moves and deletes a unit; refuses cycles and non-empty deletes', async () => {
    const created = await (
      await api(t, '/api/v1/units', {
        method: 'POST',
        cookie: hr(),
        body: { name: 'Nieuw team', parentId: org.units.b },
      })
    ).json();
    const renamed = await api(t, `/api/v1/units/${created.id}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { name: 'Team Oost', version: created.version },
    });
    expect((await renamed.json()).name).toBe('Team Oost');
    const cycle = await api(t, `/api/v1/units/${org.units.a}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { parentId: org.units.a1, version: 1 },
    });
    expect(cycle.status).toBe(422);
    expect((await cycle.json()).errors[0]).toMatchObject({ field: 'parentId', code: 'unit_cycle' });
    expect((await api(t, `/api/v1/units/${org.units.a}`, { method: 'DELETE', cookie: hr() })).status).toBe(
      409,
    );
    expect((await api(t, `/api/v1/units/${created.id}`, { method: 'DELETE', cookie: hr() })).status).toBe(
      204,
    );
    const audit = await (await api(t, '/api/v1/audit-events?resourceType=unit', { cookie: hr() })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['unit.created', 'unit.updated', 'unit.deleted']),
    );
  });
});
