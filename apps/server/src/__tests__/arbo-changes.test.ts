import { schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

/* Deleting measures, instructions and PPE issues; adding attendance to an existing instruction. */

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  other = await createTestOrg(t);
});
afterAll(() => t.close());

const po = () => org.users.prevention_officer.cookie;
const post = async (path: string, body: unknown, cookie = po()) =>
  (await api(t, path, { method: 'POST', cookie, body })).json();
const del = (path: string, cookie = po()) => api(t, path, { method: 'DELETE', cookie });
const auditOf = (resourceId: string) =>
  t.deps.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.resourceId, resourceId));

async function assessmentWithStatus(status: 'draft' | 'locked') {
  const [row] = await t.deps.db
    .insert(schema.rieAssessments)
    .values({
      organizationId: org.organizationId,
      year: status === 'locked' ? 2024 : 2025,
      catalogueId: 'zorg',
      catalogueVersion: '1',
      status,
      ...(status === 'locked' ? { completedOn: '2024-10-01', lockedOn: '2024-11-01' } : {}),
    })
    .returning();
  return row?.id as string;
}

describe('deleting a measure of the plan van aanpak', () => {
  it('needs the current version (422 without, 409 when stale), then deletes with an audit event', async () => {
    const m = await post('/api/v1/measures', { description: 'Dubbel ingevoerd', level: 'bron' });
    expect((await del(`/api/v1/measures/${m.id}`)).status).toBe(422);
    await api(t, `/api/v1/measures/${m.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, status: 'in_progress' },
    });
    const stale = await del(`/api/v1/measures/${m.id}?version=1`);
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('stale_version');
    // another organisation cannot delete it, and the works council may only read the plan
    expect((await del(`/api/v1/measures/${m.id}?version=2`, other.users.hr.cookie)).status).toBe(404);
    expect((await del(`/api/v1/measures/${m.id}?version=2`, org.users.works_council.cookie)).status).toBe(
      403,
    );
    expect((await del(`/api/v1/measures/${m.id}?version=2`)).status).toBe(204);
    const { items } = await (await api(t, '/api/v1/measures', { cookie: po() })).json();
    expect(items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    expect((await del(`/api/v1/measures/${m.id}?version=2`)).status).toBe(404);
    const events = await auditOf(m.id);
    expect(events.map((e) => e.action)).toEqual(['measure.created', 'measure.updated', 'measure.deleted']);
    expect(events[2]).toMatchObject({
      actorPersonId: org.users.prevention_officer.personId,
      details: { description: 'Dubbel ingevoerd', assessmentId: null, status: 'in_progress' },
    });
  });

  it('deletes a measure of an assessment that is not locked; refuses one of a locked RI&E', async () => {
    const draft = await assessmentWithStatus('draft');
    const open = await post('/api/v1/measures', {
      assessmentId: draft,
      description: 'Concept',
      level: 'bron',
    });
    expect((await del(`/api/v1/measures/${open.id}?version=1`)).status).toBe(204);
    const locked = await assessmentWithStatus('locked');
    const fixed = await post('/api/v1/measures', {
      assessmentId: locked,
      description: 'Vast',
      level: 'bron',
    });
    const refused = await del(`/api/v1/measures/${fixed.id}?version=1`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'measure_in_locked_rie',
      title: expect.stringContaining('Vervallen'),
    });
    // cancelling it is the way, and stays possible
    const cancelled = await api(t, `/api/v1/measures/${fixed.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, status: 'cancelled' },
    });
    expect(cancelled.status).toBe(200);
  });

  it('refuses a measure a report links to, until the report no longer does', async () => {
    const m = await post('/api/v1/measures', { description: 'Trapleuning vervangen', level: 'bron' });
    const r = await post(
      '/api/v1/incident-reports',
      { type: 'unsafe_situation', description: 'Leuning los', anonymous: true },
      org.users.employee.cookie,
    );
    const linked = await api(t, `/api/v1/incident-reports/${r.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, measureId: m.id, feedback: 'De leuning wordt vervangen.' },
    });
    expect(linked.status).toBe(200);
    const refused = await api(t, `/api/v1/measures/${m.id}?version=1`, {
      method: 'DELETE',
      cookie: po(),
      headers: { 'Accept-Language': 'en' },
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'measure_linked_to_report',
      title: 'A report refers to this measure and its reporter was told about it. Set it to “Cancelled”.',
    });
    await api(t, `/api/v1/incident-reports/${r.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 2, measureId: null },
    });
    expect((await del(`/api/v1/measures/${m.id}?version=1`)).status).toBe(204);
  });
});

describe('instructions: attendance added later, deleting', () => {
  it('adds people to an existing instruction; who already acknowledged keeps it', async () => {
    const emp = org.users.employee;
    const ins = await post('/api/v1/safety-instructions', {
      kind: 'toolbox',
      topic: 'Tillift bedienen',
      givenOn: '2026-02-01',
      givenBy: 'Ergocoach',
      attendeePersonIds: [emp.personId],
    });
    const ack = await api(t, `/api/v1/me/instructions/${ins.id}/acknowledge`, {
      method: 'POST',
      cookie: emp.cookie,
    });
    expect(ack.status).toBe(200);
    const added = await api(t, `/api/v1/safety-instructions/${ins.id}/attendance`, {
      method: 'POST',
      cookie: po(),
      body: { personIds: [emp.personId, org.users.coach.personId] },
    });
    expect(added.status).toBe(200);
    const body = await added.json();
    const byPerson = Object.fromEntries(
      body.attendees.map((a: { personId: string; acknowledgedAt: string | null }) => [
        a.personId,
        a.acknowledgedAt,
      ]),
    );
    expect(Object.keys(byPerson).sort()).toEqual([emp.personId, org.users.coach.personId].sort());
    expect(byPerson[emp.personId]).not.toBeNull();
    expect(byPerson[org.users.coach.personId]).toBeNull();
    // the coach now sees it as attended, to acknowledge themself
    const coach = await (await api(t, '/api/v1/me/instructions', { cookie: org.users.coach.cookie })).json();
    expect(coach.instructions.find((i: { id: string }) => i.id === ins.id)).toMatchObject({
      state: 'attended',
      acknowledgedAt: null,
    });
    // unknown people are named by position; another organisation's person is unknown here
    const bad = await api(t, `/api/v1/safety-instructions/${ins.id}/attendance`, {
      method: 'POST',
      cookie: po(),
      body: { personIds: [emp.personId, other.users.employee.personId] },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0]).toMatchObject({ field: 'personIds[1]', code: 'unknown_reference' });
    // an employee cannot add people, not even themself
    const self = await api(t, `/api/v1/safety-instructions/${ins.id}/attendance`, {
      method: 'POST',
      cookie: org.users.manager.cookie,
      body: { personIds: [org.users.manager.personId] },
    });
    expect(self.status).toBe(403);
  });

  it('deletes an instruction with its attendance (stale version 409), recording what was deleted', async () => {
    const emp = org.users.employee;
    const ins = await post('/api/v1/safety-instructions', {
      kind: 'instruction',
      topic: 'Verkeerde datum',
      givenOn: '2026-03-01',
      givenBy: 'X',
      attendeePersonIds: [emp.personId, org.users.coach.personId],
    });
    expect(ins.version).toBe(1);
    await api(t, `/api/v1/me/instructions/${ins.id}/acknowledge`, { method: 'POST', cookie: emp.cookie });
    expect((await del(`/api/v1/safety-instructions/${ins.id}?version=2`)).status).toBe(409);
    expect((await del(`/api/v1/safety-instructions/${ins.id}?version=1`, other.users.hr.cookie)).status).toBe(
      404,
    );
    expect((await del(`/api/v1/safety-instructions/${ins.id}?version=1`)).status).toBe(204);
    const list = await (await api(t, '/api/v1/safety-instructions', { cookie: po() })).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(ins.id);
    const mine = await (await api(t, '/api/v1/me/instructions', { cookie: emp.cookie })).json();
    expect(mine.instructions.map((i: { id: string }) => i.id)).not.toContain(ins.id);
    const rows = await t.deps.db
      .select()
      .from(schema.instructionAttendance)
      .where(
        and(
          eq(schema.instructionAttendance.organizationId, org.organizationId),
          eq(schema.instructionAttendance.instructionId, ins.id),
        ),
      );
    expect(rows).toEqual([]);
    const events = await auditOf(ins.id);
    expect(events.find((e) => e.action === 'instruction.deleted')?.details).toEqual({
      topic: 'Verkeerde datum',
      givenOn: '2026-03-01',
      attendees: 2,
      acknowledged: 1,
    });
  });

  it('deletes a PPE issue (stale version 409) with an audit event on the person', async () => {
    const emp = org.users.employee;
    const p = await post('/api/v1/ppe-issues', {
      personId: emp.personId,
      item: 'Verkeerde maat',
      issuedOn: '2026-01-05',
    });
    expect(p.version).toBe(1);
    expect((await del(`/api/v1/ppe-issues/${p.id}?version=3`)).status).toBe(409);
    expect((await del(`/api/v1/ppe-issues/${p.id}?version=1`, org.users.employee.cookie)).status).toBe(403);
    expect((await del(`/api/v1/ppe-issues/${p.id}?version=1`)).status).toBe(204);
    const mine = await (await api(t, '/api/v1/me/instructions', { cookie: emp.cookie })).json();
    expect(mine.ppe.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const events = await auditOf(p.id);
    expect(events.find((e) => e.action === 'ppe.deleted')).toMatchObject({
      subjectPersonId: emp.personId,
      details: { item: 'Verkeerde maat', issuedOn: '2026-01-05' },
    });
  });
});
