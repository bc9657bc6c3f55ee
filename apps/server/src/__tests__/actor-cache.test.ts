import { schema } from '@inzetbaar/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { insertRoleAssignment } from '../modules/people/repo/roles.repo';

/*
 * The actor of a request is read in one statement and kept per process (auth/session-actor.ts);
 * a change of roles, units, employments or the session must still bite on the very next request.
 */
let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(async () => t.close());

const me = (cookie: string, headers: Record<string, string> = {}) =>
  api(t, '/api/v1/me', { cookie, headers });
const generation = async () => {
  const res = await t.deps.db.execute(sql`select value::text as v from actor_generation`);
  return (res as unknown as { rows: { v: string }[] }).rows[0]?.v;
};

describe('actor resolution with a per-process cache', () => {
  it('resolves the same actor as before: user, organisation, roles and the managed unit tree', async () => {
    const manager = org.users.manager;
    for (let i = 0; i < 3; i++) {
      const res = await me(manager.cookie);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.organization.id).toBe(org.organizationId);
      expect(body.roles).toEqual([{ role: 'manager', unitId: org.units.a }]);
      expect(body.user.email).toBe(manager.email);
    }
    // the manager manages A and so A1, not B
    expect((await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: manager.cookie })).status).toBe(
      200,
    );
    expect(
      (await api(t, `/api/v1/people/${org.outOfScopePersonId}`, { cookie: manager.cookie })).status,
    ).toBe(404);
  });

  it('a revoked role bites on the next request', async () => {
    const hr = org.users.hr;
    expect((await api(t, '/api/v1/people', { cookie: hr.cookie })).status).toBe(200);
    expect((await api(t, '/api/v1/people', { cookie: hr.cookie })).status).toBe(200); // kept
    const before = await generation();
    await t.deps.db
      .delete(schema.roleAssignments)
      .where(and(eq(schema.roleAssignments.personId, hr.personId), eq(schema.roleAssignments.role, 'hr')));
    expect(await generation()).not.toBe(before);
    expect((await api(t, '/api/v1/people', { cookie: hr.cookie })).status).toBe(403);
    // and given back, it works again at once
    await insertRoleAssignment(t.deps.db, {
      organizationId: org.organizationId,
      personId: hr.personId,
      role: 'hr',
      unitId: null,
    });
    expect((await api(t, '/api/v1/people', { cookie: hr.cookie })).status).toBe(200);
  });

  it('a unit moved out of the managed tree bites on the next request', async () => {
    const manager = org.users.manager;
    expect((await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: manager.cookie })).status).toBe(
      200,
    );
    // A1 becomes a sub-unit of B: the person in A1 leaves the manager's scope
    await t.deps.db
      .update(schema.units)
      .set({ parentId: org.units.b })
      .where(eq(schema.units.id, org.units.a1));
    expect((await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: manager.cookie })).status).toBe(
      404,
    );
    await t.deps.db
      .update(schema.units)
      .set({ parentId: org.units.a })
      .where(eq(schema.units.id, org.units.a1));
    expect((await api(t, `/api/v1/people/${org.inScopePersonId}`, { cookie: manager.cookie })).status).toBe(
      200,
    );
  });

  it('an employment change bumps the generation in the same transaction', async () => {
    const before = await generation();
    await t.deps.db
      .update(schema.employments)
      .set({ hoursPerWeek: 20 })
      .where(eq(schema.employments.personId, org.inScopePersonId));
    expect(BigInt((await generation()) as string)).toBeGreaterThan(BigInt(before as string));
  });

  it('a signed-out session is refused on the next request', async () => {
    const cookie = org.users.employee.cookie;
    expect((await me(cookie)).status).toBe(200);
    expect((await me(cookie)).status).toBe(200); // kept
    const out = await api(t, '/api/auth/sign-out', { method: 'POST', cookie, body: {} });
    expect(out.status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
  });

  it('a session deleted in the database (revoked elsewhere) is refused on the next request', async () => {
    const cookie = org.users.manager.cookie;
    expect((await me(cookie)).status).toBe(200);
    await t.deps.db.delete(schema.session).where(eq(schema.session.userId, org.users.manager.userId));
    expect((await me(cookie)).status).toBe(401);
  });

  it('an expired session is refused, and a tampered or unsigned cookie is nobody', async () => {
    const user = org.users.occupational_physician;
    expect((await me(user.cookie)).status).toBe(200);
    await t.deps.db
      .update(schema.session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.session.userId, user.userId));
    expect((await me(user.cookie)).status).toBe(401);

    const valid = org.users.works_council.cookie;
    expect((await me(valid)).status).toBe(200);
    const [name, value] = valid.split('=') as [string, string];
    const token = decodeURIComponent(value).split('.')[0] as string;
    expect((await me(`${name}=${token}`)).status).toBe(401);
    expect((await me(`${name}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`)).status).toBe(401);
    expect((await me(`${name}=${encodeURIComponent(`x${decodeURIComponent(value)}`)}`)).status).toBe(401);
  });
});
