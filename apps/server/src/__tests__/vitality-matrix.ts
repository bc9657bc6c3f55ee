import type { TRole } from '@inzetbaar/contracts';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { addPeople, answerAll } from './vitality-fixtures';

/**
 * Vitaliteit routes for the authorization matrix (authorization-matrix.test.ts spreads these in).
 * Expected statuses are written out here, independently of modules/vitaliteit/policy.ts.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

const grant = (ok: Partial<Record<TRole, number>>, rest = 403): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, ok[r] ?? rest]));
/** hr and the prevention officer run campaigns and turn results into action. */
const writers = (s: number) => grant({ hr: s, prevention_officer: s });
/** …the works council and managers (their own units) read results. */
const readers = (s: number) => grant({ hr: s, prevention_officer: s, works_council: s, manager: s });
const all = (s: number) => grant({}, s);

const hr = (c: Ctx) => c.org.users.hr.cookie;
const post = async (c: Ctx, path: string, body: unknown) =>
  (await api(c.t, path, { method: 'POST', cookie: hr(c), body })).json();

/** An open campaign for the whole organisation: every role user of the test org is invited. */
const newCampaign = (c: Ctx) =>
  post(c, '/api/v1/survey-campaigns', {
    title: `Matrix ${c.n()}`,
    instrumentIds: ['cbi'],
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    minGroupSize: 5,
  });

const cached = new Map<string, Promise<string>>();
const once = (key: string, make: () => Promise<string>) => {
  let p = cached.get(key);
  if (!p) {
    p = make();
    cached.set(key, p);
  }
  return p;
};
const openCampaign = (c: Ctx) => once(`open:${c.org.organizationId}`, async () => (await newCampaign(c)).id);
/** A closed campaign that six people answered (k 5), so results and actions have groups. */
const closedCampaign = (c: Ctx) =>
  once(`closed:${c.org.organizationId}`, async () => {
    const people = await addPeople(c.t, c.org.organizationId, c.org.units.a1, 6);
    const campaign = await newCampaign(c);
    await answerAll(c.t, c.org.organizationId, campaign.id, people, 2);
    const res = await api(c.t, `/api/v1/survey-campaigns/${campaign.id}`, {
      method: 'PATCH',
      cookie: hr(c),
      body: { version: campaign.version, status: 'closed' },
    });
    if (res.status !== 200) throw new Error(`close failed: ${res.status}`);
    return campaign.id as string;
  });

/** A minimal licensed questionnaire (the format of data/instruments), unique per call. */
const licensed = (c: Ctx) => {
  const id = `lic_${c.n()}`;
  return {
    definition: {
      id,
      version: '1',
      name: { nl: 'Gelicentieerd', en: 'Licensed' },
      description: { nl: 'Test', en: 'Test' },
      validated: true,
      source: { citation: 'Test' },
      licence: { kind: 'licensed', text: 'Licence held by the organisation', holder: 'Rechthebbende' },
      languages: ['nl'],
      responseScales: [
        {
          id: 'yn',
          options: [
            { label: { nl: 'Ja', en: 'Yes' }, value: 1 },
            { label: { nl: 'Nee', en: 'No' }, value: 0 },
          ],
        },
      ],
      sections: [{ id: 's', title: { nl: 'S', en: 'S' }, items: ['q1'] }],
      items: [{ id: 'q1', text: { nl: 'Vraag', en: 'Question' }, responseScale: 'yn' }],
      scales: [],
    },
    licenceReference: `LIC-${id}`,
  };
};

export const VITALITY_MATRIX: Record<string, Spec> = {
  'GET /api/v1/survey-instruments': {
    request: () => ({ path: '/api/v1/survey-instruments' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/survey-instruments/{id}': {
    request: () => ({ path: '/api/v1/survey-instruments/cbi' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/survey-instruments': {
    request: (c) => ({ path: '/api/v1/survey-instruments', body: licensed(c) }),
    expect: { ...grant({ hr: 201 }), otherOrg: 201, anonymous: 401 },
  },
  'DELETE /api/v1/survey-instruments/{id}': {
    request: async (c) => {
      const body = licensed(c);
      await post(c, '/api/v1/survey-instruments', body);
      return { path: `/api/v1/survey-instruments/${body.definition.id}` };
    },
    // another organisation has no such upload
    expect: { ...grant({ hr: 204 }), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/survey-campaigns': {
    request: () => ({ path: '/api/v1/survey-campaigns' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/survey-campaigns': {
    request: (c) => ({
      path: '/api/v1/survey-campaigns',
      body: {
        title: `Campagne ${c.n()}`,
        instrumentIds: ['cbi'],
        unitIds: [c.org.units.a],
        opensOn: '2099-01-01',
        closesOn: '2099-02-01',
      },
    }),
    // another organisation cannot name this organisation's unit
    expect: { ...writers(201), otherOrg: 422, anonymous: 401 },
  },
  'GET /api/v1/survey-campaigns/{id}': {
    request: async (c) => ({ path: `/api/v1/survey-campaigns/${await openCampaign(c)}` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'PATCH /api/v1/survey-campaigns/{id}': {
    request: async (c) => ({
      path: `/api/v1/survey-campaigns/${(await newCampaign(c)).id}`,
      body: { version: 1, title: 'Nieuw' },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/survey-campaigns/{id}/response-rate': {
    request: async (c) => ({ path: `/api/v1/survey-campaigns/${await openCampaign(c)}/response-rate` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/survey-campaigns/{id}/results': {
    request: async (c) => ({ path: `/api/v1/survey-campaigns/${await closedCampaign(c)}/results` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/survey-campaigns/{id}/open-answers': {
    request: async (c) => ({ path: `/api/v1/survey-campaigns/${await closedCampaign(c)}/open-answers` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/survey-campaigns/{id}/actions': {
    request: async (c) => ({
      path: `/api/v1/survey-campaigns/${await closedCampaign(c)}/actions`,
      body: { groupKey: 'org', scaleKey: 'cbi.work', kind: 'measure', description: 'Werkdruk bespreken' },
    }),
    expect: { ...writers(201), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/survey-trends': {
    request: () => ({ path: '/api/v1/survey-trends?instrumentId=cbi' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/my-surveys': {
    request: () => ({ path: '/api/v1/my-surveys' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/my-surveys/{id}': {
    request: async (c) => ({ path: `/api/v1/my-surveys/${await openCampaign(c)}` }),
    // every role user of the organisation is invited; another organisation's user is not
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
  'PUT /api/v1/my-surveys/{id}/answers': {
    request: async (c) => ({
      path: `/api/v1/my-surveys/${await openCampaign(c)}/answers`,
      body: { answers: { cbi: { personal_1: 3 } } },
    }),
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/my-surveys/{id}/submit': {
    request: async (c) => ({
      path: `/api/v1/my-surveys/${(await newCampaign(c)).id}/submit`,
      body: { answers: { cbi: { personal_1: 3, personal_2: 3, personal_3: 3 } } },
    }),
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/my-surveys/{id}/feedback': {
    request: async (c) => ({ path: `/api/v1/my-surveys/${(await newCampaign(c)).id}/feedback` }),
    // allowed for every invited person, but only after sending: nobody sent this fresh campaign
    expect: { ...all(409), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/my-surveys/{id}/feedback.pdf': {
    request: async (c) => ({ path: `/api/v1/my-surveys/${(await newCampaign(c)).id}/feedback.pdf` }),
    expect: { ...all(409), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/interventions': {
    request: () => ({ path: '/api/v1/interventions' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'PUT /api/v1/interventions/{id}/sign-up': {
    request: () => ({ path: '/api/v1/interventions/beter-slapen/sign-up' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'DELETE /api/v1/interventions/{id}/sign-up': {
    request: () => ({ path: '/api/v1/interventions/beter-slapen/sign-up' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/interventions/uptake': {
    request: () => ({ path: '/api/v1/interventions/uptake' }),
    expect: {
      ...grant({ hr: 200, prevention_officer: 200, works_council: 200 }),
      otherOrg: 200,
      anonymous: 401,
    },
  },
};
