import { schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { submitSurvey } from '../modules/vitaliteit/services/submit-survey';
import { addPeople, answerAll, cbiAnswers, employeeActor } from './vitality-fixtures';

/*
 * Vitaliteit end to end through the API (issue 12): a campaign for two units, answering once with
 * save and resume, personal feedback, results only after closing and only for released groups,
 * filters refused with a reason, turning a hotspot into a plan van aanpak measure.
 */
let t: TestApp;
let org: TestOrg;
let campaignId: string;
let inA1: string[];
let inB: string[];
const hr = () => org.users.hr.cookie;

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  // A ⊃ A1 hold the 8 role users and "Binnen"; A1 gets 10 more people; B has "Buiten" and gets 3 more
  inA1 = await addPeople(t, org.organizationId, org.units.a1, 10);
  inB = await addPeople(t, org.organizationId, org.units.b, 3);
  const res = await api(t, '/api/v1/survey-campaigns', {
    method: 'POST',
    cookie: hr(),
    body: {
      title: 'Vitaliteitsonderzoek 2026',
      instrumentIds: ['cbi', 'psa'],
      unitIds: [org.units.a, org.units.b],
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
      minGroupSize: 5,
    },
  });
  expect(res.status).toBe(201);
  campaignId = (await res.json()).id;
}, 120_000);
afterAll(() => t.close());

describe('a campaign', () => {
  it('opens at once and invites everyone in the chosen units with their sub-units', async () => {
    const c = await (await api(t, `/api/v1/survey-campaigns/${campaignId}`, { cookie: hr() })).json();
    expect(c).toMatchObject({
      status: 'open',
      invited: 9 + 10 + 4,
      responses: null,
      wholeOrganization: false,
    });
  });

  it('mails the invitations through the scheduler', async () => {
    await t.deps.scheduler.runDue();
    const mails = await t.deps.db
      .select()
      .from(schema.outboxMails)
      .where(eq(schema.outboxMails.to, org.users.employee.email));
    expect(mails.map((m) => m.subject)).toContain('Uitnodiging: Vitaliteitsonderzoek 2026');
    expect(mails[0]?.text).toContain(`/vitaliteit/vragenlijsten/${campaignId}`);
  });

  it('refuses k below 5 and unknown instruments, naming the field', async () => {
    const res = await api(t, '/api/v1/survey-campaigns', {
      method: 'POST',
      cookie: hr(),
      body: {
        title: 'X',
        instrumentIds: ['wai'],
        opensOn: '2026-01-01',
        closesOn: '2099-01-01',
        minGroupSize: 3,
      },
    });
    expect(res.status).toBe(422);
    const fields = (await res.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('minGroupSize');
  });
});

describe('answering', () => {
  it('lists my invitation, saves and resumes, then sends once and shows my own feedback', async () => {
    const me = org.users.employee.cookie;
    const list = await (await api(t, '/api/v1/my-surveys', { cookie: me })).json();
    expect(list.items).toEqual([expect.objectContaining({ campaignId, status: 'not_started' })]);

    const saved = await api(t, `/api/v1/my-surveys/${campaignId}/answers`, {
      method: 'PUT',
      cookie: me,
      body: { answers: { cbi: { personal_1: 2, personal_2: 2 } } },
    });
    expect(saved.status).toBe(200);
    const resumed = await (await api(t, `/api/v1/my-surveys/${campaignId}`, { cookie: me })).json();
    expect(resumed).toMatchObject({
      status: 'in_progress',
      answers: { cbi: { personal_1: 2, personal_2: 2 } },
    });
    expect(resumed.instruments.map((i: { id: string }) => i.id)).toEqual(['cbi', 'psa']);

    const bad = await api(t, `/api/v1/my-surveys/${campaignId}/answers`, {
      method: 'PUT',
      cookie: me,
      body: { answers: { cbi: { personal_3: 9 } } },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].field).toBe('answers.cbi.personal_3');

    // the example: personal 75, work 300/7, client 250/6
    const sent = await api(t, `/api/v1/my-surveys/${campaignId}/submit`, {
      method: 'POST',
      cookie: me,
      body: {
        answers: {
          cbi: {
            personal_3: 2,
            personal_4: 2,
            personal_5: 2,
            personal_6: 2,
            work_1: 2,
            work_2: 3,
            work_3: 3,
            work_4: 3,
            work_5: 3,
            work_6: 4,
            work_7: 1,
            client_1: 3,
            client_2: 3,
            client_3: 3,
            client_4: 3,
            client_5: 4,
            client_6: 4,
          },
          psa: { pace_fast: 1, pace_much: 1, pace_hard: 2, ub_bullying_colleagues: 2, idea: 'Meer pauzes' },
        },
      },
    });
    expect(sent.status).toBe(200);
    const feedback = await sent.json();
    const cbi = feedback.instruments.find((i: { id: string }) => i.id === 'cbi');
    expect(cbi.scales.map((s: { key: string; score: number }) => [s.key, s.score])).toEqual([
      ['cbi.personal', 75],
      ['cbi.work', 42.86],
      ['cbi.client', 41.67],
    ]);
    expect(cbi.translation.nl).toMatch(/vertaling door Inzetbaar/);
    // bullying by colleagues → the confidential adviser; a raised workload → interventions
    expect(feedback.steps).toEqual(expect.arrayContaining(['confidential_adviser', 'interventions']));
    expect(feedback.interventions.map((i: { id: string }) => i.id)).toContain('teamsessie-werkdruk');

    const again = await api(t, `/api/v1/my-surveys/${campaignId}/submit`, {
      method: 'POST',
      cookie: me,
      body: { answers: {} },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('already_submitted');
    const pdf = await api(t, `/api/v1/my-surveys/${campaignId}/feedback.pdf`, { cookie: me });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('gives someone not invited a 404, and nobody else’s feedback', async () => {
    // the coach is in A1, so invited; the other organisation's HR is not
    expect(
      (
        await api(t, `/api/v1/my-surveys/${campaignId}`, {
          cookie: (await createTestOrg(t)).users.employee.cookie,
        })
      ).status,
    ).toBe(404);
    // the physician was invited but has not sent anything: no feedback yet
    const fb = await api(t, `/api/v1/my-surveys/${campaignId}/feedback`, {
      cookie: org.users.occupational_physician.cookie,
    });
    expect(fb.status).toBe(409);
  });

  it('reminds only those who have not sent it', async () => {
    await answerAll(t, org.organizationId, campaignId, inA1, 2);
    await answerAll(t, org.organizationId, campaignId, inB, 1);
    t.clock.set(new Date('2099-12-28T08:00:00Z'));
    await t.deps.scheduler.runDue();
    t.clock.set(new Date());
    const reminders = await t.deps.db
      .select()
      .from(schema.outboxMails)
      .where(eq(schema.outboxMails.subject, 'Herinnering: Vitaliteitsonderzoek 2026'));
    const to = reminders.map((m) => m.to);
    expect(to).toContain(org.users.hr.email);
    expect(to).not.toContain(org.users.employee.email);
  });
});

describe('results', () => {
  it('are not available before the campaign closes (no live differencing)', async () => {
    const res = await api(t, `/api/v1/survey-campaigns/${campaignId}/results`, { cookie: hr() });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('results_after_close');
  });

  it('show the larger unit and "too few responses" for the smaller one after closing', async () => {
    const c = await (await api(t, `/api/v1/survey-campaigns/${campaignId}`, { cookie: hr() })).json();
    const closed = await api(t, `/api/v1/survey-campaigns/${campaignId}`, {
      method: 'PATCH',
      cookie: hr(),
      body: { version: c.version, status: 'closed' },
    });
    expect(closed.status).toBe(200);
    const r = await (await api(t, `/api/v1/survey-campaigns/${campaignId}/results`, { cookie: hr() })).json();
    // 11 answered in A1 (10 + the employee), 3 in B: B (3) is below k and rolls up — and then A would be
    // the org minus B's 3, so the smaller of A and A1 … the release decides; every group shown holds ≥ 5
    for (const g of r.groups) expect(g.n).toBeGreaterThanOrEqual(5);
    expect(r.total).toBe(14);
    expect(r.withheld).toEqual(
      expect.arrayContaining([expect.objectContaining({ unitId: org.units.b, reason: 'below_k' })]),
    );
    const shownUnits = r.groups.map((g: { unitId: string }) => g.unitId);
    expect(shownUnits).not.toContain(org.units.b);
    const org1 = r.groups.find((g: { key: string }) => g.key === 'org');
    expect(org1.scales['cbi.work'].n).toBe(14);
    expect(r.hotspots.length).toBeGreaterThan(0);
    // psa comparison with CBS (organisation in sector Q)
    const fast = org1.scales['psa.cbs_pace_fast'];
    expect(fast === null || fast.benchmark?.attribution === 'Bron: CBS StatLine, tabel 83157NED').toBe(true);
  });

  it('refuses a filter on a unit below k with the reason', async () => {
    const res = await api(t, `/api/v1/survey-campaigns/${campaignId}/results?unitId=${org.units.b}`, {
      cookie: hr(),
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({ field: 'unitId', code: 'group_below_k' });
    expect(body.errors[0].message).toContain('minder dan 5 respondenten');
  });

  it('hide the response count of the small unit', async () => {
    const rate = await (
      await api(t, `/api/v1/survey-campaigns/${campaignId}/response-rate`, { cookie: hr() })
    ).json();
    const b = rate.units.find((u: { unitId: string }) => u.unitId === org.units.b);
    expect(b).toMatchObject({ invited: 4, responses: null, rate: null });
    expect(rate.responses).toBe(14);
  });

  it('for a manager: only groups inside their own units', async () => {
    const r = await (
      await api(t, `/api/v1/survey-campaigns/${campaignId}/results`, { cookie: org.users.manager.cookie })
    ).json();
    for (const g of r.groups) for (const u of g.units) expect([org.units.a, org.units.a1]).toContain(u);
  });

  it('turn a hotspot into a measure in the plan van aanpak', async () => {
    const res = await api(t, `/api/v1/survey-campaigns/${campaignId}/actions`, {
      method: 'POST',
      cookie: org.users.prevention_officer.cookie,
      body: { groupKey: 'org', scaleKey: 'cbi.work', kind: 'measure', description: 'Teamsessies werkdruk' },
    });
    expect(res.status).toBe(201);
    const { measureId } = await res.json();
    const measures = await (await api(t, '/api/v1/measures', { cookie: hr() })).json();
    const m = measures.items.find((x: { id: string }) => x.id === measureId);
    expect(m.description).toMatch(
      /^Teamsessies werkdruk \(Vitaliteitsonderzoek "Vitaliteitsonderzoek 2026": Werkgerelateerde burn-out/,
    );
  });

  it('or into an intervention the group’s people see recommended', async () => {
    const res = await api(t, `/api/v1/survey-campaigns/${campaignId}/actions`, {
      method: 'POST',
      cookie: hr(),
      body: {
        groupKey: 'org',
        scaleKey: 'cbi.work',
        kind: 'intervention',
        interventionId: 'energiek-werken',
      },
    });
    expect(res.status).toBe(201);
    const list = await (await api(t, '/api/v1/interventions', { cookie: org.users.employee.cookie })).json();
    expect(list.items.find((i: { id: string }) => i.id === 'energiek-werken').recommended).toBe(true);
  });

  it('show open answers only per group of 2k (10): the organisation of 14, not a unit', async () => {
    const r = await (
      await api(t, `/api/v1/survey-campaigns/${campaignId}/open-answers`, { cookie: hr() })
    ).json();
    expect(r.minGroupSize).toBe(10);
    for (const g of r.groups) expect(g.n).toBeGreaterThanOrEqual(10);
    expect(
      r.groups.flatMap((g: { items: { texts: string[] }[] }) => g.items.flatMap((i) => i.texts)),
    ).toContain('Meer pauzes');
  });

  it('are never for the employee role', async () => {
    expect(
      (await api(t, `/api/v1/survey-campaigns/${campaignId}/results`, { cookie: org.users.employee.cookie }))
        .status,
    ).toBe(403);
  });
});

describe('answers cannot be linked to a person', () => {
  it('the response tables hold no person id; HR responses carry no token', async () => {
    const responses = await t.deps.db
      .select()
      .from(schema.surveyResponses)
      .where(and(eq(schema.surveyResponses.organizationId, org.organizationId)));
    expect(Object.keys(responses[0] ?? {})).not.toContain('personId');
    for (const table of [schema.surveyResponses, schema.surveyScores, schema.surveyTexts])
      expect(Object.keys(table)).not.toContain('personId');
    const bodies = await Promise.all(
      [
        `/api/v1/survey-campaigns/${campaignId}/results?breakdown=ageBand`,
        `/api/v1/survey-campaigns/${campaignId}/open-answers`,
        `/api/v1/survey-campaigns/${campaignId}/response-rate`,
        '/api/v1/survey-campaigns',
        '/api/v1/survey-trends?instrumentId=cbi',
        '/api/v1/audit-events?pageSize=200',
      ].map(async (p) => (await api(t, p, { cookie: hr() })).text()),
    );
    const all = bodies.join('\n');
    for (const r of responses) {
      expect(all).not.toContain(r.token);
      expect(all).not.toContain(r.id);
    }
    // nor any respondent's person id (the audit log does not record who answered)
    for (const personId of [...inA1, ...inB, org.users.employee.personId])
      expect(all).not.toContain(personId);
  });

  it('after closing nobody can answer any more', async () => {
    const other = await submitSurvey(
      t.deps,
      employeeActor(org.organizationId, inA1[0] as string),
      campaignId,
      {
        answers: { cbi: cbiAnswers(1) },
      },
    ).catch((e) => e.code);
    expect(other).toBe('campaign_not_open');
  });
});
