import { schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { escoTaxonomy } from '../platform/reference-data/esco';

/*
 * Mobiliteit through the API: an opening with ESCO skills, candidates only among people who opted
 * in, "Mijn mogelijkheden", a reorganisation whose coach turns a transition's gap into POP goals,
 * the works council's counts, and the shortage table import (all or nothing). Clock: 2026-06-15.
 */
const OCC = 'http://data.europa.eu/esco/occupation/';
const THUISZORG = `${OCC}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`;
const HOUSEKEEPING = `${OCC}731ecac4-06e8-4ec2-a559-101fecbd9183`;

let t: TestApp;
let org: TestOrg;
let hr: string;
const post = (path: string, cookie: string, body: unknown) => api(t, path, { method: 'POST', cookie, body });
const patch = (path: string, cookie: string, body: unknown) =>
  api(t, path, { method: 'PATCH', cookie, body });
const put = (path: string, cookie: string, body: unknown) => api(t, path, { method: 'PUT', cookie, body });

const setOccupation = (personId: string, uri: string) =>
  t.deps.db
    .update(schema.employments)
    .set({ escoOccupationUri: uri })
    .where(
      and(
        eq(schema.employments.organizationId, org.organizationId),
        eq(schema.employments.personId, personId),
      ),
    );
const essentialOf = (uri: string) => {
  const x = escoTaxonomy();
  const o = x.occupations[x.occupationByUri.get(uri) as number];
  return (o?.essential ?? []).map((k) => x.skills[k]?.uri as string);
};

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  t.clock.set(new Date('2026-06-15T10:00:00Z'));
  hr = org.users.hr.cookie;
  await setOccupation(org.users.employee.personId, THUISZORG);
  await setOccupation(org.inScopePersonId, THUISZORG);
  await setOccupation(org.outOfScopePersonId, HOUSEKEEPING);
});
afterAll(() => t.close());

let openingId: string;

describe('openings and candidates', () => {
  it('refuses an opening with too few or unknown skills, naming the field', async () => {
    const few = await post('/api/v1/mobility/openings', hr, {
      kind: 'gig',
      title: 'Te dun',
      essentialSkills: essentialOf(THUISZORG).slice(0, 3),
    });
    expect(few.status).toBe(422);
    expect((await few.json()).errors.map((e: { field: string; code: string }) => e.code)).toContain(
      'too_few_skills',
    );
    const unknown = await post('/api/v1/mobility/openings', hr, {
      kind: 'vacancy',
      title: 'Onbekend',
      essentialSkills: [
        'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000',
        ...essentialOf(THUISZORG).slice(0, 5),
      ],
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors[0]).toMatchObject({
      field: 'essentialSkills[0]',
      code: 'unknown_skill',
    });
    expect(
      (
        await post('/api/v1/mobility/openings', org.users.employee.cookie, {
          kind: 'gig',
          title: 'x',
          essentialSkills: [],
        })
      ).status,
    ).toBe(403);
  });

  it("takes the ESCO occupation's skills when none are given", async () => {
    const res = await post('/api/v1/mobility/openings', hr, {
      kind: 'job_shadowing',
      title: 'Meelopen thuiszorg',
      escoOccupationUri: THUISZORG,
    });
    expect(res.status).toBe(201);
    const o = await res.json();
    expect(o.essentialSkills.map((s: { uri: string }) => s.uri)).toEqual(essentialOf(THUISZORG));
    expect(o.occupation.uri).toBe(THUISZORG);
    // closed again: the rest of this file counts the open openings
    expect(
      (await patch(`/api/v1/mobility/openings/${o.id}`, hr, { status: 'closed', version: 1 })).status,
    ).toBe(200);
  });

  it('ranks only people who opted in, with an explanation', async () => {
    const res = await post('/api/v1/mobility/openings', hr, {
      kind: 'vacancy',
      title: 'Verzorgende IG wijkteam',
      unitId: org.units.a1,
      hoursPerWeek: 24,
      escoOccupationUri: THUISZORG,
      essentialSkills: essentialOf(THUISZORG).slice(0, 10),
    });
    expect(res.status).toBe(201);
    const opening = await res.json();
    openingId = opening.id;
    expect(opening).toMatchObject({ iscoGroup: '5322', status: 'open', unit: { name: 'Team A1' } });
    expect(opening.essentialSkills).toHaveLength(10);

    const before = await (
      await api(t, `/api/v1/mobility/openings/${openingId}/candidates`, { cookie: hr })
    ).json();
    expect(before.items).toEqual([]);
    expect(before.openPeople).toBe(0);

    const me = org.users.employee;
    const pref = await put(`/api/v1/people/${me.personId}/mobility-preference`, me.cookie, {
      isOpenToOtherWork: true,
      version: null,
    });
    expect(pref.status).toBe(200);
    expect(await pref.json()).toMatchObject({ isOpenToOtherWork: true, openSince: '2026-06-15', version: 1 });
    // nobody else sets it for them
    expect(
      (
        await put(`/api/v1/people/${me.personId}/mobility-preference`, hr, {
          isOpenToOtherWork: false,
          version: 1,
        })
      ).status,
    ).toBe(404);

    const after = await (
      await api(t, `/api/v1/mobility/openings/${openingId}/candidates`, { cookie: hr })
    ).json();
    expect(after.openPeople).toBe(1);
    expect(after.items).toHaveLength(1);
    const c = after.items[0];
    expect(c).toMatchObject({ personId: me.personId, band: 'strong', essentialHave: 10, essentialTotal: 10 });
    expect(c.score).toBeGreaterThan(0.9);
    expect(c.explanation).toMatch(/Sterke overstap naar Verzorgende IG wijkteam: 10 van de 10 essentiële/);
    // the same occupation but not opted in: not a candidate
    expect(after.items.map((i: { personId: string }) => i.personId)).not.toContain(org.inScopePersonId);
    // the view is audited on the person's file
    const audit = await t.deps.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.organizationId, org.organizationId),
          eq(schema.auditEvents.action, 'mobility.candidate.viewed'),
        ),
      );
    expect(audit.map((a) => a.subjectPersonId)).toContain(me.personId);
  });

  it('shows a person their own opportunities, as cards with the gap', async () => {
    const me = org.users.employee;
    const res = await api(t, `/api/v1/people/${me.personId}/opportunities`, { cookie: me.cookie });
    expect(res.status).toBe(200);
    const o = await res.json();
    expect(o).toMatchObject({ status: 'ok', isOpenToOtherWork: true, shortageTable: null });
    expect(o.origin.uri).toBe(THUISZORG);
    expect(o.openings[0]).toMatchObject({ kind: 'opening', id: openingId, band: 'strong' });
    expect(o.occupations.length).toBeGreaterThan(5);
    const card = o.occupations[0];
    expect(card.kind).toBe('occupation');
    expect(card.essentialHave + card.missingSkills.length).toBeLessThanOrEqual(card.essentialTotal);
    if (card.missingSkills.length)
      expect(card.firstStep.skill.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    // someone else's page is not found (self only)
    expect((await api(t, `/api/v1/people/${me.personId}/opportunities`, { cookie: hr })).status).toBe(404);
  });
});

describe('van werk naar werk', () => {
  let reorgId: string;
  let caseId: string;
  it('marks a group, assigns a coach, and refuses a coach without the role', async () => {
    const r = await post('/api/v1/mobility/reorganisations', hr, {
      name: 'Uitbesteding huishouding',
      status: 'threatened',
      announcedOn: '2026-06-01',
      endsOn: '2026-12-31',
    });
    expect(r.status).toBe(201);
    reorgId = (await r.json()).id;
    const wrongCoach = await post(`/api/v1/mobility/reorganisations/${reorgId}/cases`, hr, {
      personIds: [org.outOfScopePersonId],
      coachPersonId: org.users.employee.personId,
    });
    expect(wrongCoach.status).toBe(422);
    expect((await wrongCoach.json()).errors[0]).toMatchObject({
      field: 'coachPersonId',
      code: 'not_a_coach',
    });
    const added = await post(`/api/v1/mobility/reorganisations/${reorgId}/cases`, hr, {
      personIds: [org.outOfScopePersonId, org.inScopePersonId],
      coachPersonId: org.users.coach.personId,
    });
    expect(added.status).toBe(200);
    const detail = await added.json();
    expect(detail).toMatchObject({ people: 2, withoutCoach: 0, byStatus: { orientation: 2 } });
    caseId = detail.cases.find((c: { personId: string }) => c.personId === org.outOfScopePersonId).id;
    const again = await post(`/api/v1/mobility/reorganisations/${reorgId}/cases`, hr, {
      personIds: [org.inScopePersonId],
    });
    expect((await again.json()).errors[0]).toMatchObject({
      field: 'personIds[0]',
      code: 'already_in_reorganisation',
    });
  });

  it("gives the coach their caseload and the plan, and turns the top transition's gap into POP goals", async () => {
    const coach = org.users.coach.cookie;
    const load = await (await api(t, '/api/v1/mobility/cases', { cookie: coach })).json();
    expect(load.items).toHaveLength(2);
    expect(load.items[0].coach.personId).toBe(org.users.coach.personId);

    const plan = await (await api(t, `/api/v1/mobility/cases/${caseId}/plan`, { cookie: coach })).json();
    expect(plan.status).toBe('ok');
    expect(plan.origin.uri).toBe(HOUSEKEEPING);
    expect(plan.internal.map((c: { id: string }) => c.id)).toEqual([openingId]);
    expect(plan.external.length).toBeGreaterThan(0);
    const top = plan.external[0];
    expect(top.missingSkills.length).toBeGreaterThan(0);

    const res = await post(`/api/v1/mobility/cases/${caseId}/pop-goals`, coach, {
      kind: 'occupation',
      id: top.id,
    });
    expect(res.status).toBe(201);
    const { goals } = await res.json();
    expect(goals.length).toBe(Math.min(5, top.missingSkills.length));
    expect(goals[0].title).toContain(top.missingSkills[0].label);
    // the goals are in the person's POP (LLO), aiming at the missing skill
    const pop = await (
      await api(t, `/api/v1/people/${org.outOfScopePersonId}/pop-goals`, { cookie: hr })
    ).json();
    expect(pop.items.map((g: { id: string }) => g.id).sort()).toEqual(
      goals.map((g: { id: string }) => g.id).sort(),
    );
    expect(pop.items[0].targetSkills[0].ref).toBe(top.missingSkills[0].uri);
    // planning the same skills again makes no duplicates
    const second = await post(`/api/v1/mobility/cases/${caseId}/pop-goals`, coach, {
      kind: 'occupation',
      id: top.id,
    });
    if (top.missingSkills.length <= 5) expect(second.status).toBe(409);
    else {
      const more = (await second.json()).goals.map((g: { title: string }) => g.title);
      expect(more.some((t: string) => goals.some((g: { title: string }) => g.title === t))).toBe(false);
    }
    const after = await (await api(t, `/api/v1/mobility/cases/${caseId}/plan`, { cookie: coach })).json();
    expect(after.case.target).toMatchObject({ ref: top.id });
    expect(after.popGoals.length).toBeGreaterThanOrEqual(goals.length);
  });

  it("hides a case without this coach from the coach's caseload and plan", async () => {
    const other = await post(`/api/v1/mobility/reorganisations/${reorgId}/cases`, hr, {
      personIds: [org.users.manager.personId],
    });
    const loose = (await other.json()).cases.find(
      (c: { personId: string }) => c.personId === org.users.manager.personId,
    );
    expect(loose.coach).toBeNull();
    const load = await (await api(t, '/api/v1/mobility/cases', { cookie: org.users.coach.cookie })).json();
    expect(load.items.map((c: { id: string }) => c.id)).not.toContain(loose.id);
    expect(
      (await api(t, `/api/v1/mobility/cases/${loose.id}/plan`, { cookie: org.users.coach.cookie })).status,
    ).toBe(404);
    expect((await api(t, `/api/v1/mobility/cases/${loose.id}/plan`, { cookie: hr })).status).toBe(200);
  });

  it('lets the coach record the status but not assign coaches; other roles see nothing', async () => {
    const coach = org.users.coach.cookie;
    const plan = await (await api(t, `/api/v1/mobility/cases/${caseId}/plan`, { cookie: coach })).json();
    const ok = await patch(`/api/v1/mobility/cases/${caseId}`, coach, {
      status: 'training',
      version: plan.case.version,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'training', statusChangedOn: '2026-06-15' });
    const assign = await patch(`/api/v1/mobility/cases/${caseId}`, coach, {
      coachPersonId: null,
      version: plan.case.version + 1,
    });
    expect(assign.status).toBe(403);
    const stale = await patch(`/api/v1/mobility/cases/${caseId}`, coach, {
      status: 'other',
      version: plan.case.version,
    });
    expect(stale.status).toBe(409);
    expect(
      (await api(t, `/api/v1/mobility/cases/${caseId}/plan`, { cookie: org.users.manager.cookie })).status,
    ).toBe(403);
  });

  it('reports counts only to the works council', async () => {
    const res = await api(t, `/api/v1/mobility/reorganisations/${reorgId}/report`, {
      cookie: org.users.works_council.cookie,
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({
      people: 3,
      withCoach: 2,
      withPopGoals: 1,
      byStatus: { orientation: 2, training: 1 },
    });
    expect(JSON.stringify(report)).not.toMatch(/Test|personId|Binnen|Buiten/);
    const list = await (
      await api(t, '/api/v1/mobility/reorganisations', { cookie: org.users.works_council.cookie })
    ).json();
    expect(list.items[0]).toMatchObject({ name: 'Uitbesteding huishouding', people: 3 });
    expect(JSON.stringify(list)).not.toMatch(/personId|Binnen|Buiten/);
    expect(
      (
        await api(t, `/api/v1/mobility/reorganisations/${reorgId}`, {
          cookie: org.users.works_council.cookie,
        })
      ).status,
    ).toBe(403);
  });
});

describe('shortage table', () => {
  const upload = (name: string, text: string) => {
    const form = new FormData();
    form.append('file', new File([text], name, { type: 'text/csv' }));
    return api(t, '/api/v1/mobility/shortage/import', { method: 'POST', cookie: hr, body: form });
  };
  it('is empty until imported and refuses a file with a bad row whole', async () => {
    expect(
      await (await api(t, '/api/v1/mobility/shortage', { cookie: org.users.employee.cookie })).json(),
    ).toEqual({
      import: null,
      items: [],
    });
    const bad = await upload(
      'krapte.csv',
      `beroep;categorie;bron;datum\n5322;krap;UWV;2025-Q4\n9112;heel krap;UWV;2025-Q4\n${OCC}00000000-0000-0000-0000-000000000000;ruim;UWV;2025-13\n`,
    );
    expect(bad.status).toBe(422);
    const errors = (await bad.json()).errors.map(
      (e: { field: string; code: string }) => `${e.field}:${e.code}`,
    );
    expect(errors).toEqual([
      'rows[3].level:shortage_invalid_level',
      'rows[4].key:unknown_occupation',
      'rows[4].date:shortage_invalid_date',
    ]);
    expect((await (await api(t, '/api/v1/mobility/shortage', { cookie: hr })).json()).import).toBeNull();
  });
  it('imports a valid file, shows its date and signals it on the transitions', async () => {
    const ok = await upload(
      'krapte.csv',
      `ISCO;Categorie;Bron;Datum\n5322;zeer krap;UWV (voorbeeld);2025-Q4\n${HOUSEKEEPING};ruim;UWV (voorbeeld);2025-11\n`,
    );
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ fileName: 'krapte.csv', rowCount: 2 });
    const table = await (await api(t, '/api/v1/mobility/shortage', { cookie: hr })).json();
    expect(table.items).toHaveLength(2);
    expect(table.items.find((i: { isco4: string }) => i.isco4 === '5322')).toMatchObject({
      level: 'zeer_krap',
      date: '2025-Q4',
    });
    const me = org.users.employee;
    const o = await (
      await api(t, `/api/v1/people/${me.personId}/opportunities`, { cookie: me.cookie })
    ).json();
    expect(o.shortageTable.fileName).toBe('krapte.csv');
    expect(o.openings[0].shortage).toMatchObject({ level: 'zeer_krap', source: 'UWV (voorbeeld)' });
    expect((await upload('x.csv', 'a;b\n1;2\n')).status).toBe(422);
    expect(
      (
        await api(t, '/api/v1/mobility/shortage/import', {
          method: 'POST',
          cookie: org.users.employee.cookie,
          body: new FormData(),
        })
      ).status,
    ).toBe(403);
  });
});
