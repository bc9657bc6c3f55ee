import type { TRole } from '@inzetbaar/contracts';
import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { submitSurvey } from '../modules/vitaliteit/services/submit-survey';
import { addPeople, cbiAnswers, employeeActor } from './vitality-fixtures';

/*
 * Issue 12, "done when": an employer-role API client cannot obtain any individual answer. Every
 * role other than the respondent reads every vitality endpoint it can reach after a campaign closes;
 * nothing it gets back carries a respondent's open answer, token, response id or person id, and
 * "my" endpoints only ever return the caller's own (empty) response.
 */
let t: TestApp;
let org: TestOrg;
let campaignId: string;
let respondents: string[];
const ideaOf = (i: number) => `Idee-${i}-alleen-voor-mij`;
const EMPLOYER_ROLES: TRole[] = [
  'hr',
  'manager',
  'prevention_officer',
  'works_council',
  'occupational_physician',
  'coach',
  'confidential_adviser',
];

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  respondents = [
    ...(await addPeople(t, org.organizationId, org.units.a1, 7)),
    ...(await addPeople(t, org.organizationId, org.units.b, 2)),
  ];
  const created = await api(t, '/api/v1/survey-campaigns', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: {
      title: 'Werkdruk 2026',
      instrumentIds: ['cbi', 'psa'],
      unitIds: [],
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
      minGroupSize: 5,
    },
  });
  expect(created.status).toBe(201);
  const campaign = await created.json();
  campaignId = campaign.id;
  // each respondent answers with a different pattern and an open idea of their own
  for (const [i, personId] of respondents.entries())
    await submitSurvey(t.deps, employeeActor(org.organizationId, personId), campaignId, {
      answers: { cbi: cbiAnswers((i % 5) + 1), psa: { pace_fast: (i % 4) + 1, idea: ideaOf(i) } },
    });
  const closed = await api(t, `/api/v1/survey-campaigns/${campaignId}`, {
    method: 'PATCH',
    cookie: org.users.hr.cookie,
    body: { version: campaign.version, status: 'closed' },
  });
  expect(closed.status).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('an employer-role client', () => {
  it.each(EMPLOYER_ROLES)('%s gets no individual answer from any vitality endpoint', async (role) => {
    const cookie = org.users[role].cookie;
    const paths = [
      `/api/v1/survey-campaigns/${campaignId}/results`,
      `/api/v1/survey-campaigns/${campaignId}/results?breakdown=ageBand`,
      `/api/v1/survey-campaigns/${campaignId}/results?unitId=${org.units.b}`,
      `/api/v1/survey-campaigns/${campaignId}/open-answers`,
      `/api/v1/survey-campaigns/${campaignId}/response-rate`,
      `/api/v1/survey-campaigns/${campaignId}`,
      '/api/v1/survey-campaigns',
      '/api/v1/survey-trends?instrumentId=psa',
      '/api/v1/interventions/uptake',
      '/api/v1/audit-events?pageSize=200',
      '/api/v1/my-surveys',
      `/api/v1/my-surveys/${campaignId}`,
      `/api/v1/my-surveys/${campaignId}/feedback`,
    ];
    const responses = await Promise.all(paths.map((p) => api(t, p, { cookie })));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    const all = bodies.join('\n');
    const stored = await t.deps.db
      .select({ id: schema.surveyResponses.id, token: schema.surveyResponses.token })
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.organizationId, org.organizationId));
    expect(stored).toHaveLength(respondents.length);
    for (const r of stored) {
      expect(all).not.toContain(r.token);
      expect(all).not.toContain(r.id);
    }
    for (const [i, personId] of respondents.entries()) {
      // 9 respondents < 2k = 10: no open answer is shown for any group
      expect(all).not.toContain(ideaOf(i));
      expect(all).not.toContain(personId);
    }
    // the caller's "own" questionnaire is their own, unanswered one: never someone else's answers
    const mine = responses[paths.indexOf(`/api/v1/my-surveys/${campaignId}`)];
    if (mine?.status === 200)
      expect(JSON.parse(bodies[paths.indexOf(`/api/v1/my-surveys/${campaignId}`)] as string).answers).toEqual(
        {},
      );
    expect(responses[paths.indexOf(`/api/v1/my-surveys/${campaignId}/feedback`)]?.status).not.toBe(200);
    // and no endpoint failed on the way (a 5xx could hide a leak behind an error page)
    for (const r of responses) expect(r.status).toBeLessThan(500);
  });

  it('HR sees the whole organisation and the released unit, with true counts only from k', async () => {
    const r = await (
      await api(t, `/api/v1/survey-campaigns/${campaignId}/results`, { cookie: org.users.hr.cookie })
    ).json();
    expect(r.total).toBe(respondents.length);
    // the ideas were stored for reporting (so their absence above is not vacuous)
    const texts = await t.deps.db
      .select({ text: schema.surveyTexts.text })
      .from(schema.surveyTexts)
      .where(eq(schema.surveyTexts.organizationId, org.organizationId));
    expect(texts.map((x) => x.text).sort()).toEqual(respondents.map((_, i) => ideaOf(i)).sort());
    // B has 2 respondents (< k = 5): it is withheld and its filter is refused with the reason
    expect(r.withheld).toContainEqual(expect.objectContaining({ unitId: org.units.b, reason: 'below_k' }));
    const refused = await api(t, `/api/v1/survey-campaigns/${campaignId}/results?unitId=${org.units.b}`, {
      cookie: org.users.hr.cookie,
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors[0]).toMatchObject({ field: 'unitId', code: 'group_below_k' });
  });
});
