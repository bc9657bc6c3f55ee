import { randomUUID } from 'node:crypto';
import { schema } from '@inzetbaar/db';
import { and, eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, api, createTestOrg, PASSWORD, signIn, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createUserWithPassword } from '../auth/create-user';
import { insertPerson, linkPersonToUser } from '../modules/people/repo/people.repo';
import { insertRoleAssignment } from '../modules/people/repo/roles.repo';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const report = (cookie: string, body: Record<string, unknown>) =>
  api(t, '/api/v1/incident-reports', { method: 'POST', cookie, body });

describe('reports by employees: anonymity', () => {
  it('an anonymous reporter is not identifiable by any role through the API, nor in the audit log', async () => {
    const reporter = org.users.employee;
    const res = await report(reporter.cookie, {
      type: 'unsafe_situation',
      description: 'Natte vloer bij de lift, geen bord',
      unitId: org.units.a1,
      anonymous: true,
    });
    expect(res.status).toBe(201);
    const { id, feedbackToken } = await res.json();
    expect(feedbackToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const secrets = [reporter.personId, reporter.userId, reporter.email, 'employee Test'];
    const leaks = (body: string) => secrets.filter((s) => body.includes(s));
    for (const role of ALL_ROLES) {
      const cookie = org.users[role].cookie;
      for (const path of [
        '/api/v1/incident-reports',
        `/api/v1/incident-reports/${id}`,
        '/api/v1/audit-events?resourceType=incident_report',
        '/api/v1/audit-events?pageSize=200',
        '/api/v1/me/file-access',
      ]) {
        const r = await api(t, path, { cookie });
        expect(leaks(await r.text()), `${role} ${path}`).toEqual([]);
      }
    }
    // the prevention officer does see the content, just not who wrote it
    const seen = await (
      await api(t, `/api/v1/incident-reports/${id}`, { cookie: org.users.prevention_officer.cookie })
    ).json();
    expect(seen).toMatchObject({
      description: 'Natte vloer bij de lift, geen bord',
      anonymous: true,
      reporterPersonId: null,
      reporterName: null,
    });

    // the rows themselves: no reporter, no actor, no IP, no time of day
    const [row] = await t.deps.db
      .select()
      .from(schema.incidentReports)
      .where(eq(schema.incidentReports.id, id));
    expect(row?.reporterPersonId).toBeNull();
    expect(JSON.stringify(row)).not.toContain(reporter.personId);
    const events = await t.deps.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.resourceId, id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'incident-report.created',
      actorUserId: null,
      actorPersonId: null,
      ip: null,
      subjectPersonId: null,
    });
    expect(events[0]?.at.toISOString()).toMatch(/T00:00:00\.000Z$/);
    // and nothing else the reporter did in that request names them next to the report
    const byReporter = await t.deps.db
      .select()
      .from(schema.auditEvents)
      .where(
        or(
          eq(schema.auditEvents.actorUserId, reporter.userId),
          eq(schema.auditEvents.actorPersonId, reporter.personId),
          eq(schema.auditEvents.subjectPersonId, reporter.personId),
        ),
      );
    expect(
      byReporter.filter((e) => JSON.stringify(e).includes(id) || e.resourceType === 'incident_report'),
    ).toEqual([]);
    // not in the reporter's own list either (that list shows only named reports)
    const mine = await (await api(t, '/api/v1/me/incident-reports', { cookie: reporter.cookie })).json();
    expect(mine.items).toEqual([]);
  });

  it('the reporter reads feedback through the private link, without signing in', async () => {
    const res = await report(org.users.employee.cookie, {
      type: 'near_miss',
      description: 'Steiger wiebelde',
      anonymous: true,
    });
    const { id, feedbackToken } = await res.json();
    const before = await (await api(t, `/api/v1/incident-reports/feedback/${feedbackToken}`)).json();
    expect(before).toEqual({
      type: 'near_miss',
      reportedOn: expect.any(String),
      status: 'new',
      feedback: null,
      feedbackOn: null,
    });
    const triage = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: org.users.prevention_officer.cookie,
      body: { version: 1, feedback: 'Steiger is afgekeurd en vervangen. Dank!' },
    });
    expect(triage.status).toBe(200);
    const after = await (await api(t, `/api/v1/incident-reports/feedback/${feedbackToken}`)).json();
    expect(after).toMatchObject({
      status: 'in_progress',
      feedback: 'Steiger is afgekeurd en vervangen. Dank!',
    });
    expect(Object.keys(after).sort()).toEqual(['feedback', 'feedbackOn', 'reportedOn', 'status', 'type']);
    expect((await api(t, `/api/v1/incident-reports/feedback/${feedbackToken.slice(0, -2)}xx`)).status).toBe(
      404,
    );
    // only the hash is stored
    const [row] = await t.deps.db
      .select()
      .from(schema.incidentReports)
      .where(eq(schema.incidentReports.id, id));
    expect(JSON.stringify(row)).not.toContain(feedbackToken);
    expect(row?.feedbackTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a named reporter sees their own report and its feedback; triage links it to a risk and a measure', async () => {
    const res = await report(org.users.coach.cookie, {
      type: 'incident',
      description: 'Hand bekneld in deur',
      anonymous: false,
    });
    const { id } = await res.json();
    const po = org.users.prevention_officer.cookie;
    const a = await (
      await api(t, '/api/v1/rie-assessments', { method: 'POST', cookie: po, body: { year: 2026 } })
    ).json();
    const m = await (
      await api(t, '/api/v1/measures', {
        method: 'POST',
        cookie: po,
        body: {
          assessmentId: a.id,
          riskId: 'bhv-vluchtwegen',
          description: 'Deurdranger afstellen',
          level: 'bron',
        },
      })
    ).json();
    const linked = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: po,
      body: {
        version: 1,
        assessmentId: a.id,
        riskId: 'bhv-vluchtwegen',
        measureId: m.id,
        feedback: 'Deurdranger wordt afgesteld.',
      },
    });
    expect(await linked.json()).toMatchObject({
      riskId: 'bhv-vluchtwegen',
      measureId: m.id,
      reporterName: 'coach Test',
    });
    const badRisk = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: po,
      body: { version: 2, riskId: 'bestaat-niet' },
    });
    expect(badRisk.status).toBe(422);
    const stale = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: po,
      body: { version: 1, status: 'closed' },
    });
    expect(stale.status).toBe(409);
    const mine = await (
      await api(t, '/api/v1/me/incident-reports', { cookie: org.users.coach.cookie })
    ).json();
    expect(mine.items).toEqual([expect.objectContaining({ id, feedback: 'Deurdranger wordt afgesteld.' })]);
  });
});

describe('triage: any assessment, its risks and its plan van aanpak', () => {
  it('links a report to a risk of an older assessment and keeps a measure in that assessment’s plan', async () => {
    const po = org.users.prevention_officer.cookie;
    const newRie = (body: Record<string, unknown>) =>
      api(t, '/api/v1/rie-assessments', { method: 'POST', cookie: po, body }).then((r) => r.json());
    const older = await newRie({ year: 2023 }); // zorg: has zorg-prikaccidenten
    const newer = await newRie({ year: 2024, catalogueId: 'algemeen-kantoor' }); // no care risks
    const { id } = await (
      await report(org.users.employee.cookie, {
        type: 'near_miss',
        description: 'Naald lag los in de spoelruimte',
        anonymous: false,
      })
    ).json();
    const triage = (body: Record<string, unknown>) =>
      api(t, `/api/v1/incident-reports/${id}`, { method: 'PATCH', cookie: po, body });
    const measure = (assessmentId: string) =>
      api(t, '/api/v1/measures', {
        method: 'POST',
        cookie: po,
        body: {
          assessmentId,
          riskId: 'zorg-prikaccidenten',
          description: 'Naaldcontainers per kamer',
          level: 'bron',
        },
      }).then((r) => r.json());

    // the risk must be one of the chosen assessment's catalogue
    const wrong = await triage({ version: 1, assessmentId: newer.id, riskId: 'zorg-prikaccidenten' });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0]).toMatchObject({ field: 'riskId', code: 'unknown_reference' });
    const linked = await triage({ version: 1, assessmentId: older.id, riskId: 'zorg-prikaccidenten' });
    expect(linked.status).toBe(200);
    expect(await linked.json()).toMatchObject({
      assessmentId: older.id,
      riskId: 'zorg-prikaccidenten',
      status: 'in_progress',
    });

    // a measure of another assessment's plan is refused; one created in the chosen assessment is linked
    const elsewhere = await measure(newer.id);
    const refused = await triage({ version: 2, measureId: elsewhere.id });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0]).toMatchObject({
      field: 'measureId',
      code: 'measure_not_in_assessment',
    });
    const m = await measure(older.id);
    const withMeasure = await triage({ version: 2, measureId: m.id });
    expect(withMeasure.status).toBe(200);
    const plan = await (await api(t, `/api/v1/measures?assessmentId=${older.id}`, { cookie: po })).json();
    expect(plan.items.map((x: { id: string }) => x.id)).toContain(m.id);
    const newerPlan = await (
      await api(t, `/api/v1/measures?assessmentId=${newer.id}`, { cookie: po })
    ).json();
    expect(newerPlan.items.map((x: { id: string }) => x.id)).not.toContain(m.id);

    // moving the report to another assessment with the old risk and measure still linked is refused
    expect((await triage({ version: 3, assessmentId: newer.id })).status).toBe(422);
    const moved = await triage({
      version: 3,
      assessmentId: newer.id,
      riskId: 'bhv-eerste-hulp',
      measureId: null,
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({
      assessmentId: newer.id,
      riskId: 'bhv-eerste-hulp',
      measureId: null,
    });
  });
});

describe('reports by employees: undesirable behaviour goes to the vertrouwenspersoon only', () => {
  const confidentialTypes = [
    ['bullying', false],
    ['sexual_harassment', false],
    ['discrimination', false],
    ['undesirable_behaviour', false],
    ['aggression', true],
  ] as const;
  it.each(confidentialTypes)(
    '%s (by a colleague: %s) is routed to the vertrouwenspersoon',
    async (type, byColleague) => {
      const res = await report(org.users.employee.cookie, {
        type,
        byColleague,
        description: 'x',
        anonymous: true,
      });
      expect((await res.json()).routedTo).toBe('confidential');
    },
  );
  it.each(['unsafe_situation', 'near_miss', 'incident', 'aggression', 'other'] as const)(
    '%s (aggression: by a client) stays on the prevention route',
    async (type) => {
      const res = await report(org.users.employee.cookie, { type, description: 'x', anonymous: true });
      expect((await res.json()).routedTo).toBe('prevention');
    },
  );

  it('is seen and answered only by the vertrouwenspersoon; for every other role it does not exist', async () => {
    const res = await report(org.users.employee.cookie, {
      type: 'bullying',
      description: 'Collega X scheldt mij dagelijks uit',
      anonymous: false,
    });
    const { id, routedTo } = await res.json();
    expect(routedTo).toBe('confidential');

    for (const role of ALL_ROLES.filter((r) => r !== 'confidential_adviser')) {
      const cookie = org.users[role].cookie;
      const list = await api(t, '/api/v1/incident-reports', { cookie });
      // hr and the prevention officer get their own route's list, without this report; the rest 403
      if (role === 'hr' || role === 'prevention_officer') {
        expect(list.status, role).toBe(200);
        expect(JSON.stringify(await list.json()), role).not.toContain(id);
      } else expect(list.status, role).toBe(403);
      const one = await api(t, `/api/v1/incident-reports/${id}`, { cookie });
      expect(one.status, role).toBe(role === 'hr' || role === 'prevention_officer' ? 404 : 403);
      const patch = await api(t, `/api/v1/incident-reports/${id}`, {
        method: 'PATCH',
        cookie,
        body: { version: 1, feedback: 'x' },
      });
      expect(patch.status, role).toBe(role === 'hr' || role === 'prevention_officer' ? 404 : 403);
    }
    // nor through the audit log, which hr reads: the report's events are not listed at all
    const audit = await (
      await api(t, '/api/v1/audit-events?pageSize=200', { cookie: org.users.hr.cookie })
    ).json();
    expect(JSON.stringify(audit)).not.toContain(id);
    // but they are recorded, and the creation names no reporter
    const [created] = await t.deps.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.resourceId, id));
    expect(created).toMatchObject({
      action: 'incident-report.created',
      actorUserId: null,
      actorPersonId: null,
      ip: null,
    });

    const adviser = org.users.confidential_adviser.cookie;
    const list = await (await api(t, '/api/v1/incident-reports', { cookie: adviser })).json();
    // only the confidential route: no unsafe situations, near misses, …
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i: { routedTo: string }) => i.routedTo === 'confidential')).toBe(true);
    const full = await (await api(t, `/api/v1/incident-reports/${id}`, { cookie: adviser })).json();
    expect(full).toMatchObject({
      description: 'Collega X scheldt mij dagelijks uit',
      reporterName: 'employee Test',
    });
    // the vertrouwenspersoon answers; linking to the RI&E or the plan is refused
    const linked = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: adviser,
      body: { version: 1, riskId: 'psa-pesten' },
    });
    expect(linked.status).toBe(422);
    expect((await linked.json()).errors).toEqual([
      expect.objectContaining({ field: 'riskId', code: 'confidential_no_link' }),
    ]);
    const answered = await api(t, `/api/v1/incident-reports/${id}`, {
      method: 'PATCH',
      cookie: adviser,
      body: { version: 1, feedback: 'Neem contact op voor een gesprek.' },
    });
    expect(answered.status).toBe(200);
    const mine = await (
      await api(t, '/api/v1/me/incident-reports', { cookie: org.users.employee.cookie })
    ).json();
    expect(mine.items.find((i: { id: string }) => i.id === id).feedback).toBe(
      'Neem contact op voor een gesprek.',
    );
  });

  it('an anonymous confidential report is readable by the vertrouwenspersoon, and its reporter by nobody', async () => {
    // a reporter with no named report elsewhere in this file (a named one is rightly visible)
    const reporter = org.users.works_council;
    const res = await report(reporter.cookie, {
      type: 'sexual_harassment',
      description: 'Opmerkingen over mijn lichaam bij de koffieautomaat',
      anonymous: true,
    });
    const { id } = await res.json();
    const secrets = [reporter.personId, reporter.userId, reporter.email, 'works_council Test'];
    for (const role of ALL_ROLES)
      for (const path of [
        '/api/v1/incident-reports',
        `/api/v1/incident-reports/${id}`,
        '/api/v1/audit-events?pageSize=200',
        '/api/v1/me/file-access',
      ]) {
        const text = await (await api(t, path, { cookie: org.users[role].cookie })).text();
        expect(
          secrets.filter((x) => text.includes(x)),
          `${role} ${path}`,
        ).toEqual([]);
      }
    const seen = await (
      await api(t, `/api/v1/incident-reports/${id}`, { cookie: org.users.confidential_adviser.cookie })
    ).json();
    expect(seen).toMatchObject({
      description: 'Opmerkingen over mijn lichaam bij de koffieautomaat',
      anonymous: true,
      reporterPersonId: null,
      reporterName: null,
    });
  });

  it('without a vertrouwenspersoon the form is told so; the report is kept for the one appointed later', async () => {
    const lonely = await createTestOrg(t);
    await t.deps.db
      .delete(schema.roleAssignments)
      .where(
        and(
          eq(schema.roleAssignments.organizationId, lonely.organizationId),
          eq(schema.roleAssignments.role, 'confidential_adviser'),
        ),
      );
    const employee = lonely.users.employee.cookie;
    expect(await (await api(t, '/api/v1/incident-reports/routing', { cookie: employee })).json()).toEqual({
      confidentialAdvisers: [],
    });
    const res = await report(employee, {
      type: 'discrimination',
      description: 'Grappen over mijn afkomst',
      anonymous: true,
    });
    expect(res.status).toBe(201);
    const { id, routedTo } = await res.json();
    expect(routedTo).toBe('confidential');
    for (const role of ['hr', 'prevention_officer'] as const)
      expect(
        (await api(t, `/api/v1/incident-reports/${id}`, { cookie: lonely.users[role].cookie })).status,
      ).toBe(404);
    // hr appoints a vertrouwenspersoon (here the coach), who then finds the report waiting
    const assigned = await api(t, '/api/v1/role-assignments', {
      method: 'POST',
      cookie: lonely.users.hr.cookie,
      body: { personId: lonely.users.coach.personId, role: 'confidential_adviser' },
    });
    expect(assigned.status).toBe(201);
    const routing = await (await api(t, '/api/v1/incident-reports/routing', { cookie: employee })).json();
    expect(routing.confidentialAdvisers).toEqual([{ name: 'coach Test', email: null }]);
    const waiting = await (
      await api(t, '/api/v1/incident-reports', { cookie: lonely.users.coach.cookie })
    ).json();
    expect(waiting.items.map((i: { id: string; description: string }) => [i.id, i.description])).toEqual([
      [id, 'Grappen over mijn afkomst'],
    ]);
  });

  it('requires two-factor authentication of the vertrouwenspersoon (outside the demo accounts)', async () => {
    const email = `vp.${randomUUID().slice(0, 8)}@example.nl`;
    const user = await createUserWithPassword(t.deps.auth, { email, name: 'Vera VP', password: PASSWORD });
    const person = await insertPerson(t.deps.db, {
      organizationId: org.organizationId,
      employeeNumber: `VP-${email}`,
      givenName: 'Vera',
      surname: 'VP',
    });
    await linkPersonToUser(t.deps.db, org.organizationId, person.id, user.id);
    await insertRoleAssignment(t.deps.db, {
      organizationId: org.organizationId,
      personId: person.id,
      role: 'confidential_adviser',
    });
    const cookie = await signIn(t, email, PASSWORD);
    const blocked = await api(t, '/api/v1/incident-reports', { cookie });
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).code).toBe('two_factor_required');
  });
});
