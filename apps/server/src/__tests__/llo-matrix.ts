import type { TRole } from '@inzetbaar/contracts';
import { schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { escoTaxonomy } from '../platform/reference-data/esco';

/**
 * Leven lang ontwikkelen routes for the authorization matrix (authorization-matrix.test.ts spreads
 * these in). Expected statuses are written out here, independently of modules/llo/policy.ts.
 *
 * Person-scoped routes target the employee user's own person (in unit A1, inside the manager's
 * scope): the employee acts on themself, HR on anyone, the manager on their units' people. Every
 * other role has only its own file in this module, so this person is "not found" for them (404).
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

/** Roles in `ok` get their status, every other role `rest`. */
const grant = (ok: Partial<Record<TRole, number>>, rest: number): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, ok[r] ?? rest]));
const all = (s: number) => grant({}, s);
/** The person, HR and the manager; everyone else 404 (their own file only). */
const personHrManager = (s: number) => ({
  ...grant({ hr: s, manager: s, employee: s }, 404),
  otherOrg: 404,
  anonymous: 401,
});
/** The person and the manager (the parties of a talk or a POP); HR too is outside its scope. */
const personManager = (s: number) => ({
  ...grant({ manager: s, employee: s }, 404),
  otherOrg: 404,
  anonymous: 401,
});
/** The person only. */
const personOnly = (s: number) => ({ ...grant({ employee: s }, 404), otherOrg: 404, anonymous: 401 });
/** HR writes, in its own organisation (so another organisation's HR may too). */
const hrWrites = (s: number, other = s) => ({ ...grant({ hr: s }, 403), otherOrg: other, anonymous: 401 });
const everyone = (s: number) => ({ ...all(s), otherOrg: s, anonymous: 401 });

const ESCO = 'http://data.europa.eu/esco/skill/';
const THUISZORG = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';
const hr = (c: Ctx) => c.org.users.hr.cookie;
const me = (c: Ctx) => c.org.users.employee.personId;
const call = async (c: Ctx, method: string, path: string, cookie: string, body?: unknown) =>
  (await api(c.t, path, { method, cookie, ...(body !== undefined ? { body } : {}) })).json();
/** A skill not used before in this run. */
const freshSkill = (c: Ctx) => escoTaxonomy().skills[1000 + c.n()]?.uri as string;

async function ownSkill(c: Ctx) {
  return call(c, 'POST', `/api/v1/people/${me(c)}/skills`, c.org.users.employee.cookie, {
    ref: freshSkill(c),
    level: 2,
  });
}
/** The employee's first open suggestion (the employee is given an ESCO occupation once). */
async function suggestion(c: Ctx) {
  await c.t.deps.db
    .update(schema.employments)
    .set({ escoOccupationUri: THUISZORG })
    .where(
      and(
        eq(schema.employments.organizationId, c.org.organizationId),
        eq(schema.employments.personId, me(c)),
      ),
    );
  const profile = await call(c, 'GET', `/api/v1/people/${me(c)}/skills`, c.org.users.employee.cookie);
  return profile.suggestions[0].ref as string;
}
const newTalk = (c: Ctx) =>
  call(c, 'POST', `/api/v1/people/${me(c)}/talks`, hr(c), { plannedOn: '2026-09-01' });
async function preparedTalk(c: Ctx) {
  const talk = await newTalk(c);
  await call(c, 'PUT', `/api/v1/talks/${talk.id}/preparation`, c.org.users.employee.cookie, {
    version: null,
    answers: { ambition: 'Verpleegkundige worden' },
  });
  return talk;
}
async function heldTalk(c: Ctx) {
  const talk = await newTalk(c);
  return call(c, 'PATCH', `/api/v1/talks/${talk.id}`, c.org.users.manager.cookie, {
    version: 1,
    heldOn: '2026-01-10',
  });
}
const newGoal = (c: Ctx) =>
  call(c, 'POST', `/api/v1/people/${me(c)}/pop-goals`, c.org.users.employee.cookie, {
    title: `Doel ${c.n()}`,
    targetKind: 'skills',
    targetSkills: [{ ref: `${ESCO}c5a80bb0-31e6-4de0-868c-00a0f9b88b47`, level: 2 }],
  });
const newItem = (c: Ctx) =>
  call(c, 'POST', '/api/v1/llo/learning-items', hr(c), { title: `Cursus ${c.n()}`, kind: 'course' });
let ruleYear = 2040;
const newRule = (c: Ctx) =>
  call(c, 'POST', '/api/v1/llo/budget-rules', hr(c), {
    name: 'Regeling',
    fromYear: ruleYear++,
    moneyPerYearCents: 100_000,
    hoursPerYear: 16,
  });
/** A submitted request of the employee that costs nothing (it fits without a budget rule). */
const newRequest = (c: Ctx) =>
  call(c, 'POST', `/api/v1/people/${me(c)}/learning-requests`, c.org.users.employee.cookie, {
    title: `Meelopen ${c.n()}`,
    kind: 'job_shadowing',
  });
async function approvedRequest(c: Ctx) {
  const r = await newRequest(c);
  return call(c, 'POST', `/api/v1/llo/learning-requests/${r.id}/decision`, hr(c), {
    decision: 'approve',
    version: 1,
  });
}
const fund = {
  name: 'Sectorfonds',
  summary: 'Fonds van de sector',
  administrator: 'Fonds',
  activities: ['course'],
  source: 'cao',
};
const newFund = (c: Ctx) =>
  call(c, 'POST', '/api/v1/llo/funding-schemes', hr(c), { ...fund, name: `Fonds ${c.n()}` });
const newCertificate = (c: Ctx) =>
  call(c, 'POST', `/api/v1/people/${me(c)}/certificates`, hr(c), { type: 'bhv', obtainedOn: '2026-01-01' });
const csv = (c: Ctx) => {
  const form = new FormData();
  form.append(
    'file',
    new File([`Titel;Soort\nImport ${c.n()};cursus\n`], 'catalogus.csv', { type: 'text/csv' }),
  );
  return form;
};

export const LLO_MATRIX: Record<string, Spec> = {
  // ── taxonomy look-ups: every role (skills appear on everyone's profile) ──
  'GET /api/v1/llo/esco/skills': {
    request: () => ({ path: '/api/v1/llo/esco/skills?q=reanimatie' }),
    expect: everyone(200),
  },
  'GET /api/v1/llo/esco/occupations': {
    request: () => ({ path: '/api/v1/llo/esco/occupations?q=verpleegkundige' }),
    expect: everyone(200),
  },
  // ── skills profile ──
  'GET /api/v1/people/{id}/skills': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/skills` }),
    expect: personHrManager(200),
  },
  'POST /api/v1/people/{id}/skills': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/skills`, body: { ref: freshSkill(c), level: 2 } }),
    expect: personOnly(201),
  },
  'PATCH /api/v1/people/{id}/skills/{skillId}': {
    request: async (c) => ({
      path: `/api/v1/people/${me(c)}/skills/${(await ownSkill(c)).id}`,
      body: { level: 3, version: 1 },
    }),
    expect: personOnly(200),
  },
  'DELETE /api/v1/people/{id}/skills/{skillId}': {
    request: async (c) => ({ path: `/api/v1/people/${me(c)}/skills/${(await ownSkill(c)).id}?version=1` }),
    expect: personOnly(204),
  },
  'POST /api/v1/people/{id}/skills/{skillId}/confirm': {
    request: async (c) => ({
      path: `/api/v1/people/${me(c)}/skills/${(await ownSkill(c)).id}/confirm`,
      body: { version: 1 },
    }),
    // only HR and the manager may confirm; another organisation's HR cannot find the person
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/people/{id}/skill-suggestions/accept': {
    request: async (c) => ({
      path: `/api/v1/people/${me(c)}/skill-suggestions/accept`,
      body: { items: [{ ref: await suggestion(c), level: 2 }] },
    }),
    expect: personOnly(200),
  },
  'POST /api/v1/people/{id}/skill-suggestions/reject': {
    request: async (c) => ({
      path: `/api/v1/people/${me(c)}/skill-suggestions/reject`,
      body: { refs: [await suggestion(c)] },
    }),
    expect: personOnly(200),
  },
  'GET /api/v1/llo/custom-skills': {
    request: () => ({ path: '/api/v1/llo/custom-skills' }),
    expect: everyone(200),
  },
  'POST /api/v1/llo/custom-skills': {
    request: (c) => ({ path: '/api/v1/llo/custom-skills', body: { name: `Eigen ${c.n()}` } }),
    expect: hrWrites(201),
  },
  'PATCH /api/v1/llo/custom-skills/{id}': {
    request: async (c) => {
      const s = await call(c, 'POST', '/api/v1/llo/custom-skills', hr(c), { name: `Eigen ${c.n()}` });
      return { path: `/api/v1/llo/custom-skills/${s.id}`, body: { description: 'Beschrijving', version: 1 } };
    },
    expect: hrWrites(200, 404),
  },
  'GET /api/v1/llo/internal-roles': {
    request: () => ({ path: '/api/v1/llo/internal-roles' }),
    expect: everyone(200),
  },
  'POST /api/v1/llo/internal-roles': {
    request: (c) => ({ path: '/api/v1/llo/internal-roles', body: { name: `Rol ${c.n()}` } }),
    expect: hrWrites(201),
  },
  'PATCH /api/v1/llo/internal-roles/{id}': {
    request: async (c) => {
      const r = await call(c, 'POST', '/api/v1/llo/internal-roles', hr(c), { name: `Rol ${c.n()}` });
      return { path: `/api/v1/llo/internal-roles/${r.id}`, body: { description: 'x', version: 1 } };
    },
    expect: hrWrites(200, 404),
  },
  'DELETE /api/v1/llo/internal-roles/{id}': {
    request: async (c) => {
      const r = await call(c, 'POST', '/api/v1/llo/internal-roles', hr(c), { name: `Rol ${c.n()}` });
      return { path: `/api/v1/llo/internal-roles/${r.id}?version=1` };
    },
    expect: hrWrites(204, 404),
  },
  // ── talks ──
  'GET /api/v1/people/{id}/talks': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/talks` }),
    expect: personHrManager(200),
  },
  'POST /api/v1/people/{id}/talks': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/talks`, body: { plannedOn: '2026-10-01' } }),
    expect: personHrManager(201),
  },
  'GET /api/v1/talks/{id}': {
    request: async (c) => ({ path: `/api/v1/talks/${(await newTalk(c)).id}` }),
    expect: personHrManager(200),
  },
  'PATCH /api/v1/talks/{id}': {
    request: async (c) => ({
      path: `/api/v1/talks/${(await newTalk(c)).id}`,
      body: { version: 1, plannedOn: '2026-09-02' },
    }),
    expect: personManager(200),
  },
  'PUT /api/v1/talks/{id}/preparation': {
    request: async (c) => ({
      path: `/api/v1/talks/${(await newTalk(c)).id}/preparation`,
      body: { version: null, answers: { ambition: 'Teamleider' } },
    }),
    expect: personOnly(200),
  },
  'POST /api/v1/talks/{id}/preparation/share': {
    request: async (c) => ({
      path: `/api/v1/talks/${(await preparedTalk(c)).id}/preparation/share`,
      body: { version: 1 },
    }),
    expect: personOnly(200),
  },
  'POST /api/v1/talks/{id}/confirm': {
    request: async (c) => {
      const talk = await heldTalk(c);
      return { path: `/api/v1/talks/${talk.id}/confirm`, body: { version: talk.version } };
    },
    expect: personManager(200),
  },
  // ── POP ──
  'GET /api/v1/people/{id}/pop-goals': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/pop-goals` }),
    expect: personHrManager(200),
  },
  'POST /api/v1/people/{id}/pop-goals': {
    request: (c) => ({
      path: `/api/v1/people/${me(c)}/pop-goals`,
      body: {
        title: 'Doel',
        targetKind: 'skills',
        targetSkills: [{ ref: `${ESCO}c5a80bb0-31e6-4de0-868c-00a0f9b88b47`, level: 2 }],
      },
    }),
    expect: personManager(201),
  },
  'PATCH /api/v1/pop-goals/{id}': {
    request: async (c) => ({
      path: `/api/v1/pop-goals/${(await newGoal(c)).id}`,
      body: { status: 'achieved', version: 1 },
    }),
    expect: personManager(200),
  },
  'DELETE /api/v1/pop-goals/{id}': {
    request: async (c) => ({ path: `/api/v1/pop-goals/${(await newGoal(c)).id}?version=1` }),
    expect: personManager(204),
  },
  // ── catalogue ──
  'GET /api/v1/llo/learning-items': {
    request: () => ({ path: '/api/v1/llo/learning-items' }),
    expect: everyone(200),
  },
  'POST /api/v1/llo/learning-items': {
    request: (c) => ({
      path: '/api/v1/llo/learning-items',
      body: { title: `Cursus ${c.n()}`, kind: 'course' },
    }),
    expect: hrWrites(201),
  },
  'PATCH /api/v1/llo/learning-items/{id}': {
    request: async (c) => ({
      path: `/api/v1/llo/learning-items/${(await newItem(c)).id}`,
      body: { costCents: 100, version: 1 },
    }),
    expect: hrWrites(200, 404),
  },
  'POST /api/v1/llo/learning-items/import': {
    request: (c) => ({ path: '/api/v1/llo/learning-items/import', body: csv(c) }),
    expect: hrWrites(200),
  },
  // ── budgets ──
  'GET /api/v1/llo/budget-rules': {
    request: () => ({ path: '/api/v1/llo/budget-rules' }),
    expect: everyone(200),
  },
  'POST /api/v1/llo/budget-rules': {
    request: () => ({
      path: '/api/v1/llo/budget-rules',
      body: { name: 'Regeling', fromYear: ruleYear++, moneyPerYearCents: 100_000, hoursPerYear: 16 },
    }),
    expect: hrWrites(201),
  },
  'PATCH /api/v1/llo/budget-rules/{id}': {
    request: async (c) => ({
      path: `/api/v1/llo/budget-rules/${(await newRule(c)).id}`,
      body: { hoursPerYear: 20, version: 1 },
    }),
    expect: hrWrites(200, 404),
  },
  'DELETE /api/v1/llo/budget-rules/{id}': {
    request: async (c) => ({ path: `/api/v1/llo/budget-rules/${(await newRule(c)).id}?version=1` }),
    expect: hrWrites(204, 404),
  },
  'GET /api/v1/people/{id}/budget': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/budget` }),
    expect: personHrManager(200),
  },
  // ── requests ──
  'GET /api/v1/llo/learning-requests': {
    request: () => ({ path: '/api/v1/llo/learning-requests' }),
    expect: everyone(200),
  },
  'POST /api/v1/people/{id}/learning-requests': {
    request: (c) => ({
      path: `/api/v1/people/${me(c)}/learning-requests`,
      body: { title: 'Intervisie', kind: 'peer_learning' },
    }),
    // the person and HR; the manager decides but does not request on someone's behalf
    expect: { ...grant({ hr: 201, employee: 201 }, 404), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/llo/learning-requests/{id}/decision': {
    request: async (c) => ({
      path: `/api/v1/llo/learning-requests/${(await newRequest(c)).id}/decision`,
      body: { decision: 'decline', reason: 'Niet nu', version: 1 },
    }),
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/llo/learning-requests/{id}/completion': {
    request: async (c) => {
      const r = await approvedRequest(c);
      return {
        path: `/api/v1/llo/learning-requests/${r.id}/completion`,
        body: { completedOn: '2026-01-05', version: r.version },
      };
    },
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/llo/learning-requests/{id}/cancel': {
    request: async (c) => ({
      path: `/api/v1/llo/learning-requests/${(await newRequest(c)).id}/cancel`,
      body: { version: 1 },
    }),
    expect: { ...grant({ hr: 200, employee: 200 }, 404), otherOrg: 404, anonymous: 401 },
  },
  // ── funding ──
  'GET /api/v1/llo/funding-schemes': {
    request: () => ({ path: '/api/v1/llo/funding-schemes' }),
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/llo/funding-schemes': {
    request: (c) => ({ path: '/api/v1/llo/funding-schemes', body: { ...fund, name: `Fonds ${c.n()}` } }),
    expect: hrWrites(201),
  },
  'PATCH /api/v1/llo/funding-schemes/{id}': {
    request: async (c) => ({
      path: `/api/v1/llo/funding-schemes/${(await newFund(c)).id}`,
      body: { ratePercent: 50, version: 1 },
    }),
    expect: hrWrites(200, 404),
  },
  'DELETE /api/v1/llo/funding-schemes/{id}': {
    request: async (c) => ({ path: `/api/v1/llo/funding-schemes/${(await newFund(c)).id}?version=1` }),
    expect: hrWrites(204, 404),
  },
  'POST /api/v1/llo/funding-check': {
    request: async (c) => ({
      path: '/api/v1/llo/funding-check',
      body: { requestIds: [(await newRequest(c)).id] },
    }),
    // another organisation cannot name this organisation's request
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 422, anonymous: 401 },
  },
  // ── certificates ──
  'GET /api/v1/llo/certificate-types': {
    request: () => ({ path: '/api/v1/llo/certificate-types' }),
    expect: everyone(200),
  },
  'GET /api/v1/people/{id}/certificates': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/certificates` }),
    expect: personHrManager(200),
  },
  'POST /api/v1/people/{id}/certificates': {
    request: (c) => ({
      path: `/api/v1/people/${me(c)}/certificates`,
      body: { type: 'vca-basis', obtainedOn: '2025-03-01' },
    }),
    expect: personHrManager(201),
  },
  'PATCH /api/v1/llo/certificates/{id}': {
    request: async (c) => ({
      path: `/api/v1/llo/certificates/${(await newCertificate(c)).id}`,
      body: { number: 'B-123', version: 1 },
    }),
    expect: personHrManager(200),
  },
  'DELETE /api/v1/llo/certificates/{id}': {
    request: async (c) => ({ path: `/api/v1/llo/certificates/${(await newCertificate(c)).id}?version=1` }),
    expect: personHrManager(204),
  },
  'GET /api/v1/llo/certificates/expiring': {
    request: () => ({ path: '/api/v1/llo/certificates/expiring' }),
    expect: { ...grant({ hr: 200, manager: 200 }, 403), otherOrg: 200, anonymous: 401 },
  },
  // ── passport and dashboard ──
  'GET /api/v1/people/{id}/skills-passport.json': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/skills-passport.json` }),
    expect: { ...grant({ hr: 200, employee: 200 }, 404), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/people/{id}/skills-passport.pdf': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/skills-passport.pdf` }),
    expect: { ...grant({ hr: 200, employee: 200 }, 404), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/llo/dashboard': {
    request: () => ({ path: '/api/v1/llo/dashboard' }),
    expect: { ...grant({ hr: 200, works_council: 200 }, 403), otherOrg: 200, anonymous: 401 },
  },
};
