import { schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { enqueueCertificateWarnings } from '../modules/llo/jobs';

/*
 * Leven lang ontwikkelen through the API: suggestions from the ESCO occupation, a talk whose
 * preparation stays private until shared, a request approved within the budget and completed into
 * the profile, the POP gaps, funding (never an ended scheme), the passport, the dashboard, the
 * catalogue import and the certificate warnings. The clock is fixed on 2026-06-15.
 */
const ESCO = 'http://data.europa.eu/esco/skill/';
const THUISZORG = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';
const NURSE = 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50';
const FIRST_RESPONSE = `${ESCO}0dcea846-04b4-4ffc-8c75-a35c991454b1`;
const PALLIATIVE = `${ESCO}c5a80bb0-31e6-4de0-868c-00a0f9b88b47`;

let t: TestApp;
let org: TestOrg;
let emp: { cookie: string; personId: string; email: string };
let mgr: { cookie: string; personId: string; email: string };
let hr: string;
const post = (path: string, cookie: string, body: unknown) => api(t, path, { method: 'POST', cookie, body });
const patch = (path: string, cookie: string, body: unknown) =>
  api(t, path, { method: 'PATCH', cookie, body });

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  t.clock.set(new Date('2026-06-15T10:00:00Z'));
  emp = org.users.employee;
  mgr = org.users.manager;
  hr = org.users.hr.cookie;
  // the employee is a verzorgende IG: ESCO "thuiszorgmedewerker", 24 of 36 hours
  await t.deps.db
    .update(schema.employments)
    .set({ escoOccupationUri: THUISZORG })
    .where(
      and(
        eq(schema.employments.organizationId, org.organizationId),
        eq(schema.employments.personId, emp.personId),
      ),
    );
});
afterAll(() => t.close());

describe('taxonomy look-ups', () => {
  it('finds ESCO skills by Dutch and English labels (English marked) and occupations by synonym', async () => {
    const nl = await (
      await api(t, '/api/v1/llo/esco/skills?q=computervaardig', { cookie: emp.cookie })
    ).json();
    expect(nl.items[0]).toMatchObject({
      label: 'beschikken over computervaardigheden',
      labelLang: 'nl',
      isCustom: false,
    });
    const en = await (await api(t, '/api/v1/llo/esco/skills?q=palliat&top=3', { cookie: emp.cookie })).json();
    expect(en.items[0]).toMatchObject({ ref: PALLIATIVE, label: 'palliative care', labelLang: 'en' });
    const occ = await (
      await api(t, '/api/v1/llo/esco/occupations?q=verpleegkundige', { cookie: emp.cookie })
    ).json();
    expect(occ.items.map((o: { uri: string }) => o.uri)).toContain(NURSE);
  });
});

describe('skills profile', () => {
  it('suggests the occupation’s skills to the person only; accepting and rejecting them', async () => {
    const own = await (await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: emp.cookie })).json();
    expect(own.occupation.title).toBe('thuiszorgmedewerker');
    expect(own.isOwner).toBe(true);
    expect(own.suggestions.length).toBe(50); // 23 essential + 27 optional in ESCO v1.1.1
    expect(own.suggestions.filter((s: { essential: boolean }) => s.essential)).toHaveLength(23);
    // no Dutch label in ESCO: shown in English, marked
    expect(own.suggestions.find((s: { ref: string }) => s.ref === FIRST_RESPONSE)).toMatchObject({
      label: 'apply first response',
      labelLang: 'en',
    });
    const [a, b, c] = own.suggestions.map((s: { ref: string }) => s.ref);
    const accepted = await post(`/api/v1/people/${emp.personId}/skill-suggestions/accept`, emp.cookie, {
      items: [
        { ref: a, level: 2 },
        { ref: b, level: 3 },
      ],
    });
    expect(await accepted.json()).toEqual({ added: 2 });
    expect(
      (await post(`/api/v1/people/${emp.personId}/skill-suggestions/reject`, emp.cookie, { refs: [c] }))
        .status,
    ).toBe(200);
    const after = await (
      await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: emp.cookie })
    ).json();
    expect(after.skills.map((s: { ref: string; source: string }) => [s.ref, s.source])).toEqual([
      [a, 'occupation'],
      [b, 'occupation'],
    ]);
    expect(after.suggestions.map((s: { ref: string }) => s.ref)).not.toContain(c);
    expect(after.suggestions).toHaveLength(47);
    // accepting what is not suggested (any more) is refused, naming the item
    const again = await post(`/api/v1/people/${emp.personId}/skill-suggestions/accept`, emp.cookie, {
      items: [{ ref: c, level: 1 }],
    });
    expect(again.status).toBe(422);
    expect((await again.json()).errors[0]).toMatchObject({ field: 'items[0].ref', code: 'not_suggested' });
  });

  it('lets the manager see and confirm, but not change; a level change by the person clears the confirmation', async () => {
    const seen = await (await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: mgr.cookie })).json();
    expect(seen.isOwner).toBe(false);
    expect(seen.canConfirm).toBe(true);
    expect(seen.suggestions).toEqual([]);
    const skill = seen.skills[0];
    expect(
      (await post(`/api/v1/people/${emp.personId}/skills`, mgr.cookie, { ref: PALLIATIVE, level: 2 })).status,
    ).toBe(404); // not the manager's own profile
    const confirmed = await (
      await post(`/api/v1/people/${emp.personId}/skills/${skill.id}/confirm`, mgr.cookie, {
        version: skill.version,
      })
    ).json();
    expect(confirmed).toMatchObject({
      source: 'manager_confirmed',
      confirmedByName: 'manager Test',
      confirmedOn: '2026-06-15',
    });
    const changed = await (
      await patch(`/api/v1/people/${emp.personId}/skills/${skill.id}`, emp.cookie, {
        level: 4,
        version: confirmed.version,
      })
    ).json();
    expect(changed).toMatchObject({ level: 4, source: 'self_assessed', confirmedByName: null });
    // the manager cannot confirm their own skills; another employee cannot see this profile at all
    const ownSkill = await (
      await post(`/api/v1/people/${mgr.personId}/skills`, mgr.cookie, { ref: PALLIATIVE, level: 2 })
    ).json();
    expect(
      (await post(`/api/v1/people/${mgr.personId}/skills/${ownSkill.id}/confirm`, mgr.cookie, { version: 1 }))
        .status,
    ).toBe(403);
    expect(
      (await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: org.users.coach.cookie })).status,
    ).toBe(404);
    expect(
      (await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: org.users.works_council.cookie }))
        .status,
    ).toBe(404);
  });

  it('audits reading someone else’s profile and certificates, not one’s own', async () => {
    const viewed = async (action: string) =>
      t.deps.db
        .select()
        .from(schema.auditEvents)
        .where(
          and(
            eq(schema.auditEvents.organizationId, org.organizationId),
            eq(schema.auditEvents.action, action),
            eq(schema.auditEvents.subjectPersonId, emp.personId),
          ),
        );
    const before = {
      profile: (await viewed('llo.profile.viewed')).length,
      certificates: (await viewed('llo.certificates.viewed')).length,
    };
    await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: emp.cookie });
    await api(t, `/api/v1/people/${emp.personId}/certificates`, { cookie: emp.cookie });
    expect((await viewed('llo.profile.viewed')).length).toBe(before.profile);
    expect((await viewed('llo.certificates.viewed')).length).toBe(before.certificates);
    expect((await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: mgr.cookie })).status).toBe(200);
    expect((await api(t, `/api/v1/people/${emp.personId}/certificates`, { cookie: hr })).status).toBe(200);
    expect((await viewed('llo.profile.viewed')).length).toBe(before.profile + 1);
    expect((await viewed('llo.certificates.viewed')).length).toBe(before.certificates + 1);
  });
});

describe('development talk', () => {
  let talk: { id: string; version: number };
  it('keeps the employee’s preparation private until it is shared', async () => {
    const planned = await post(`/api/v1/people/${emp.personId}/talks`, mgr.cookie, {
      plannedOn: '2026-07-01',
    });
    expect(planned.status).toBe(201);
    talk = await planned.json();
    expect(talk).toMatchObject({ managerPersonId: mgr.personId, state: 'planned' });
    const prepared = await api(t, `/api/v1/talks/${talk.id}/preparation`, {
      method: 'PUT',
      cookie: emp.cookie,
      body: {
        version: null,
        answers: {
          work: 'Druk',
          health: 'Moe na avonddiensten',
          ambition: 'Over vijf jaar ben ik wijkverpleegkundige.',
        },
      },
    });
    expect(prepared.status).toBe(200);
    const mine = await prepared.json();
    expect(mine.preparation.answers.ambition).toBe('Over vijf jaar ben ik wijkverpleegkundige.');
    expect(mine.hasPrivatePreparation).toBe(true);
    // the manager and HR see the talk, not the preparation (nor that there is one)
    for (const cookie of [mgr.cookie, hr]) {
      const other = await (await api(t, `/api/v1/talks/${talk.id}`, { cookie })).json();
      expect(other.preparation).toBeNull();
      expect(other.hasPrivatePreparation).toBe(false);
      expect(JSON.stringify(other)).not.toContain('wijkverpleegkundige');
    }
    // only the employee may prepare
    expect(
      (
        await api(t, `/api/v1/talks/${talk.id}/preparation`, {
          method: 'PUT',
          cookie: mgr.cookie,
          body: { version: 1, answers: {} },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await post(`/api/v1/talks/${talk.id}/preparation/share`, emp.cookie, {
          version: mine.preparation.version,
        })
      ).status,
    ).toBe(200);
    const shared = await (await api(t, `/api/v1/talks/${talk.id}`, { cookie: mgr.cookie })).json();
    expect(shared.preparation.answers.ambition).toBe('Over vijf jaar ben ik wijkverpleegkundige.');
  });

  it('is recorded and confirmed by both; a later change withdraws both confirmations', async () => {
    expect((await post(`/api/v1/talks/${talk.id}/confirm`, emp.cookie, { version: 1 })).status).toBe(409); // not held yet
    let cur = await (
      await patch(`/api/v1/talks/${talk.id}`, mgr.cookie, {
        version: talk.version,
        heldOn: '2026-06-14',
        notes: { ambition: 'Doorgroeien naar verpleegkundige; BBL-opleiding onderzoeken.' },
        agreements: [{ text: 'Meelopen met de wijkverpleegkundige', owner: 'employee', dueOn: '2026-09-01' }],
      })
    ).json();
    expect(cur.state).toBe('held');
    cur = await (await post(`/api/v1/talks/${talk.id}/confirm`, emp.cookie, { version: cur.version })).json();
    expect(cur.state).toBe('held');
    cur = await (await post(`/api/v1/talks/${talk.id}/confirm`, mgr.cookie, { version: cur.version })).json();
    expect(cur.state).toBe('confirmed');
    cur = await (
      await patch(`/api/v1/talks/${talk.id}`, emp.cookie, {
        version: cur.version,
        agreements: [...cur.agreements, { text: 'Rooster bespreken' }],
      })
    ).json();
    expect(cur).toMatchObject({ state: 'held', employeeConfirmedAt: null, managerConfirmedAt: null });
    // HR reads talks but is no party to them: writing is outside its scope
    expect(
      (await patch(`/api/v1/talks/${talk.id}`, hr, { version: cur.version, heldOn: '2026-06-13' })).status,
    ).toBe(404);
    const list = await (await api(t, `/api/v1/people/${emp.personId}/talks`, { cookie: emp.cookie })).json();
    expect(list.nextDueOn).toBe('2027-06-14');
  });
});

describe('requests and budget', () => {
  let item: { id: string };
  let request: { id: string; version: number };
  it('approves within the budget (pro rata 24/36) and refuses what does not fit', async () => {
    const rule = await post('/api/v1/llo/budget-rules', hr, {
      name: 'Organisatieregeling',
      fromYear: 2025,
      moneyPerYearCents: 150_000,
      hoursPerYear: 24,
      carryOverYears: 1,
      proRata: 'hours',
    });
    expect(rule.status).toBe(201);
    expect(
      (
        await post('/api/v1/llo/budget-rules', hr, {
          name: 'x',
          fromYear: 2025,
          moneyPerYearCents: 1,
          hoursPerYear: 1,
        })
      ).status,
    ).toBe(409);
    // 2025: 100,000 (24/36 of 150,000), unused, carried into 2026: 200,000 available
    const before = await (
      await api(t, `/api/v1/people/${emp.personId}/budget`, { cookie: emp.cookie })
    ).json();
    expect(
      before.years.map((y: { year: number; money: { available: number } }) => [y.year, y.money.available]),
    ).toEqual([
      [2025, 100_000],
      [2026, 200_000],
    ]);
    item = await (
      await post('/api/v1/llo/learning-items', hr, {
        title: 'Palliatieve zorg',
        kind: 'course',
        provider: 'Zorgacademie',
        durationHours: 16,
        costCents: 65_000,
        skills: [{ ref: PALLIATIVE, level: 2 }],
        certificateType: 'bls-aed',
      })
    ).json();
    const found = await (
      await api(t, `/api/v1/llo/learning-items?skill=${encodeURIComponent(PALLIATIVE)}`, {
        cookie: emp.cookie,
      })
    ).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const tooBig = await (
      await post(`/api/v1/people/${emp.personId}/learning-requests`, emp.cookie, {
        title: 'Masteropleiding',
        kind: 'course',
        costCents: 250_000,
        hours: 10,
        startOn: '2026-09-01',
      })
    ).json();
    expect(tooBig.budgetCheck).toEqual(['exceeds_money_budget']);
    const refused = await post(`/api/v1/llo/learning-requests/${tooBig.id}/decision`, mgr.cookie, {
      decision: 'approve',
      version: 1,
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([
      { field: 'costCents', code: 'exceeds_money_budget', message: 'Meer dan het beschikbare budget.' },
    ]);
    // training the job requires is the employer's (BW 7:611a lid 2): not charged, so it may be approved
    const required = await (
      await post(`/api/v1/llo/learning-requests/${tooBig.id}/decision`, mgr.cookie, {
        decision: 'approve',
        fundingSource: 'employer_required',
        version: 1,
      })
    ).json();
    expect(required).toMatchObject({ status: 'approved', fundingSource: 'employer_required' });

    request = await (
      await post(`/api/v1/people/${emp.personId}/learning-requests`, emp.cookie, {
        learningItemId: item.id,
        startOn: '2026-06-01',
        motivation: 'Past bij mijn ambitie',
      })
    ).json();
    expect(request).toMatchObject({
      title: 'Palliatieve zorg',
      costCents: 65_000,
      hours: 16,
      status: 'submitted',
      canCancel: true,
      canDecide: false,
    });
    // nobody decides their own request
    expect(
      (
        await post(`/api/v1/llo/learning-requests/${request.id}/decision`, emp.cookie, {
          decision: 'approve',
          version: 1,
        })
      ).status,
    ).toBe(403);
    const declineWithoutReason = await post(
      `/api/v1/llo/learning-requests/${request.id}/decision`,
      mgr.cookie,
      { decision: 'decline', version: 1 },
    );
    expect((await declineWithoutReason.json()).errors[0]).toMatchObject({
      field: 'reason',
      code: 'required',
    });
    const approved = await (
      await post(`/api/v1/llo/learning-requests/${request.id}/decision`, mgr.cookie, {
        decision: 'approve',
        version: 1,
      })
    ).json();
    expect(approved).toMatchObject({ status: 'approved', budgetYear: 2026, decidedByName: 'manager Test' });
    request = approved;
    const after = await (
      await api(t, `/api/v1/people/${emp.personId}/budget`, { cookie: emp.cookie })
    ).json();
    expect(after.years[1].money).toMatchObject({ used: 65_000, available: 135_000 });
    expect(after.years[1].hours).toMatchObject({ allotted: 16, carriedIn: 16, used: 16, available: 16 });
  });

  it('completion charges the actual cost, adds the skill and records the certificate', async () => {
    const done = await (
      await post(`/api/v1/llo/learning-requests/${request.id}/completion`, mgr.cookie, {
        completedOn: '2026-06-12',
        actualCostCents: 60_000,
        version: request.version,
      })
    ).json();
    expect(done).toMatchObject({ status: 'completed', actualCostCents: 60_000, canComplete: false });
    const profile = await (
      await api(t, `/api/v1/people/${emp.personId}/skills`, { cookie: emp.cookie })
    ).json();
    expect(profile.skills.find((s: { ref: string }) => s.ref === PALLIATIVE)).toMatchObject({
      level: 2,
      source: 'learning',
    });
    const certs = await (
      await api(t, `/api/v1/people/${emp.personId}/certificates`, { cookie: emp.cookie })
    ).json();
    // BLS/AED: usually a year, so expiry suggested a year on
    expect(certs.items).toMatchObject([
      { type: 'bls-aed', obtainedOn: '2026-06-12', expiresOn: '2027-06-12', status: 'valid' },
    ]);
    const budget = await (await api(t, `/api/v1/people/${emp.personId}/budget`, { cookie: hr })).json();
    expect(budget.years[1].money.used).toBe(60_000);
  });

  it('lists requests in scope: the employee their own, the manager their units', async () => {
    const own = await (await api(t, '/api/v1/llo/learning-requests', { cookie: emp.cookie })).json();
    expect(own.items).toHaveLength(2);
    const coach = await (
      await api(t, '/api/v1/llo/learning-requests', { cookie: org.users.coach.cookie })
    ).json();
    expect(coach.items).toEqual([]);
    const manager = await (await api(t, '/api/v1/llo/learning-requests', { cookie: mgr.cookie })).json();
    expect(manager.items).toHaveLength(2);
  });
});

describe('POP', () => {
  it('computes the gaps to a target occupation and suggests catalogue items', async () => {
    const res = await post(`/api/v1/people/${emp.personId}/pop-goals`, emp.cookie, {
      title: 'Verpleegkundige worden',
      targetKind: 'occupation',
      targetOccupationUri: NURSE,
      deadline: '2029-06-01',
      actions: [{ text: 'Meelopen', doneOn: '2026-06-01' }, { text: 'BBL-opleiding' }],
    });
    expect(res.status).toBe(201);
    const goal = await res.json();
    expect(goal.targetOccupation.title).toBe('algemeen verpleegkundige');
    expect(goal.progressPercent).toBe(50);
    expect(goal.gaps.essential).toBe(88);
    // palliative care is held at level 2: met
    expect(goal.gaps.items.find((g: { ref: string }) => g.ref === PALLIATIVE)).toMatchObject({
      gap: 0,
      currentLevel: 2,
    });
    expect(goal.gaps.met).toBeGreaterThanOrEqual(1);
    const bad = await post(`/api/v1/people/${emp.personId}/pop-goals`, emp.cookie, {
      title: 'x',
      targetKind: 'occupation',
    });
    expect((await bad.json()).errors[0]).toMatchObject({ field: 'targetOccupationUri', code: 'required' });
  });
});

describe('funding', () => {
  it('offers SLIM for career advice in a small organisation and never STAP', async () => {
    const advice = await (
      await post(`/api/v1/people/${emp.personId}/learning-requests`, emp.cookie, {
        title: 'Loopbaanadvies',
        kind: 'career_advice',
        costCents: 1_000_000,
      })
    ).json();
    const check = await (await post('/api/v1/llo/funding-check', hr, { requestIds: [advice.id] })).json();
    expect(check.on).toBe('2026-06-15');
    const by = (id: string) => check.verdicts.find((v: { scheme: { id: string } }) => v.scheme.id === id);
    expect(by('slim')).toMatchObject({ outcome: 'may_apply', estimatedSubsidyCents: 600_000 });
    expect(by('stap')).toMatchObject({ outcome: 'not_available', reasons: ['scheme_ended'] });
    expect(by('mdieu')).toMatchObject({ outcome: 'not_available' });
    // another organisation's HR cannot name this request
    const other = await createTestOrg(t);
    expect(
      (await post('/api/v1/llo/funding-check', other.users.hr.cookie, { requestIds: [advice.id] })).status,
    ).toBe(422);
  });
});

describe('passport', () => {
  it('exports JSON keyed on ESCO URIs and a PDF, for the person and HR only', async () => {
    const res = await api(t, `/api/v1/people/${emp.personId}/skills-passport.json`, { cookie: emp.cookie });
    expect(res.status).toBe(200);
    const passport = await res.json();
    expect(passport.format).toBe('inzetbaar-skills-passport/1');
    expect(passport.skills[PALLIATIVE]).toMatchObject({ level: 2, source: 'learning' });
    expect(Object.keys(passport.skills).every((k) => k.startsWith(ESCO))).toBe(true);
    expect(passport.learning[0]).toMatchObject({
      title: 'Palliatieve zorg',
      completedOn: '2026-06-12',
      skills: [PALLIATIVE],
    });
    expect(passport.certificates[0]).toMatchObject({ type: 'bls-aed' });
    const pdf = await api(t, `/api/v1/people/${emp.personId}/skills-passport.pdf`, { cookie: hr });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // the manager may export only their own passport
    expect(
      (await api(t, `/api/v1/people/${emp.personId}/skills-passport.pdf`, { cookie: mgr.cookie })).status,
    ).toBe(404);
    expect(
      (
        await api(t, `/api/v1/people/${emp.personId}/skills-passport.json`, {
          cookie: org.users.works_council.cookie,
        })
      ).status,
    ).toBe(404);
  });
});

describe('dashboard', () => {
  it('shows HR every unit and hides groups under 10 from the works council', async () => {
    const forHr = await (await api(t, '/api/v1/llo/dashboard', { cookie: hr })).json();
    expect(forHr.minGroupSize).toBe(1);
    expect(forHr.organization.figures.people).toBe(10);
    const a1 = forHr.units.find((u: { unitName: string }) => u.unitName === 'Team A1');
    expect(a1.figures).toMatchObject({ budgetUsedCents: 60_000 });
    expect(a1.figures.participationPercent).toBeGreaterThan(0);
    const forOr = await (
      await api(t, '/api/v1/llo/dashboard', { cookie: org.users.works_council.cookie })
    ).json();
    expect(forOr.minGroupSize).toBe(10);
    // Team A1 has 8 people, A and B one each: all hidden; the organisation (10) is shown
    expect(
      forOr.units.every((u: { suppressed: boolean; figures: unknown }) => u.suppressed && u.figures === null),
    ).toBe(true);
    expect(forOr.organization.figures.people).toBe(10);
  });
});

describe('catalogue import', () => {
  const upload = (csv: string, dryRun = false) => {
    const form = new FormData();
    form.append('file', new File([csv], 'catalogus.csv', { type: 'text/csv' }));
    return api(t, `/api/v1/llo/learning-items/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      cookie: hr,
      body: form,
    });
  };
  it('reports every bad row and writes nothing; a valid file is written, updating by code', async () => {
    const before = (await (await api(t, '/api/v1/llo/learning-items', { cookie: hr })).json()).items.length;
    const bad = await upload(
      [
        'Code;Titel;Soort;Kosten;Vaardigheden',
        'A;Goed;cursus;10;',
        'B;;cursus;abc;',
        `C;Fout;seminar;5;${ESCO}onbekend`,
      ].join('\n'),
    );
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.code).toBe('catalogue_import_invalid');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows[3].title',
      'rows[3].cost',
      'rows[4].kind',
      'rows[4].skills',
    ]);
    expect((await (await api(t, '/api/v1/llo/learning-items', { cookie: hr })).json()).items.length).toBe(
      before,
    );
    const good = [
      'Code;Titel;Soort;Kosten;Vaardigheden',
      `A;Tillen;cursus;10,50;${FIRST_RESPONSE}`,
      'B;Intervisie;intervisie;0;',
    ].join('\n');
    expect(await (await upload(good, true)).json()).toEqual({ created: 2, updated: 0, dryRun: true });
    expect(await (await upload(good)).json()).toEqual({ created: 2, updated: 0, dryRun: false });
    expect(await (await upload(good)).json()).toEqual({ created: 0, updated: 2, dryRun: false });
    expect((await (await api(t, '/api/v1/llo/learning-items', { cookie: hr })).json()).items.length).toBe(
      before + 2,
    );
  });
});

describe('certificate warnings', () => {
  it('mail the holder and their manager once per threshold', async () => {
    const cert = await post(`/api/v1/people/${emp.personId}/certificates`, hr, {
      type: 'bhv',
      obtainedOn: '2025-07-01',
      expiresOn: '2026-07-05',
    });
    expect((await cert.json()).status).toBe('expiring');
    expect(await enqueueCertificateWarnings(t.deps, '2026-06-15')).toBe(1);
    expect(await enqueueCertificateWarnings(t.deps, '2026-06-15')).toBe(0);
    await t.deps.scheduler.runDue();
    const mails = await t.deps.db
      .select()
      .from(schema.outboxMails)
      .where(eq(schema.outboxMails.organizationId, org.organizationId));
    const warn = mails.filter((m) => m.subject.includes('Bedrijfshulpverlening'));
    expect(warn.map((m) => [m.to, m.subject]).sort()).toEqual(
      [
        [emp.email, 'Certificaat verloopt over 20 dagen: Bedrijfshulpverlening (BHV)'],
        [mgr.email, 'Certificaat verloopt over 20 dagen: Bedrijfshulpverlening (BHV) (employee Test)'],
      ].sort(),
    );
    const expiring = await (await api(t, '/api/v1/llo/certificates/expiring', { cookie: mgr.cookie })).json();
    expect(expiring.items.map((c: { type: string }) => c.type)).toEqual(['bhv']);
  });
});
