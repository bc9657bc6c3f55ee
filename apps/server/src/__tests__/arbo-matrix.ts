import type { TRole } from '@inzetbaar/contracts';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';

/**
 * Arbo routes for the authorization matrix (authorization-matrix.test.ts spreads these in).
 * Expected statuses are written out here, independently of auth/policy.ts.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

/** Roles in `ok` get their status, every other role `rest`. */
const grant = (ok: Partial<Record<TRole, number>>, rest = 403): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, ok[r] ?? rest]));
const writers = (s: number) => grant({ hr: s, prevention_officer: s });
const readers = (s: number) => grant({ hr: s, prevention_officer: s, works_council: s });
const all = (s: number) => grant({}, s);

const hr = (c: Ctx) => c.org.users.hr.cookie;
const post = async (c: Ctx, path: string, body: unknown) =>
  (await api(c.t, path, { method: 'POST', cookie: hr(c), body })).json();

async function newAssessment(c: Ctx) {
  const unit = await post(c, '/api/v1/units', { name: `RIE-unit ${c.n()}` });
  return post(c, '/api/v1/rie-assessments', { year: 2026, unitId: unit.id });
}

/** One completed assessment per organisation (consent needs one), answered "yes" throughout. */
const completed = new Map<string, Promise<string>>();
function completedAssessment(c: Ctx) {
  let p = completed.get(c.org.organizationId);
  if (!p) {
    p = (async () => {
      const a = await newAssessment(c);
      const tree = await (
        await api(c.t, `/api/v1/risk-catalogues/${a.catalogueId}`, { cookie: hr(c) })
      ).json();
      const walk = (ms: { risks?: { id: string }[]; modules?: unknown[] }[]): string[] =>
        ms.flatMap((m) => [...(m.risks ?? []).map((r) => r.id), ...walk((m.modules ?? []) as never)]);
      for (const riskId of walk(tree.modules))
        await api(c.t, `/api/v1/rie-assessments/${a.id}/answers`, {
          method: 'PUT',
          cookie: hr(c),
          body: { riskId, answer: 'yes' },
        });
      const res = await api(c.t, `/api/v1/rie-assessments/${a.id}`, {
        method: 'PATCH',
        cookie: hr(c),
        body: { version: a.version, status: 'complete' },
      });
      if (res.status !== 200) throw new Error(`complete failed: ${res.status}`);
      return a.id as string;
    })();
    completed.set(c.org.organizationId, p);
  }
  return p;
}

/** One locked assessment per organisation (answered "yes" throughout: no plan van aanpak needed). */
const locked = new Map<string, Promise<string>>();
function lockedAssessment(c: Ctx) {
  let p = locked.get(c.org.organizationId);
  if (!p) {
    p = (async () => {
      const a = await newAssessment(c);
      const tree = await (
        await api(c.t, `/api/v1/risk-catalogues/${a.catalogueId}`, { cookie: hr(c) })
      ).json();
      const walk = (ms: { risks?: { id: string }[]; modules?: unknown[] }[]): string[] =>
        ms.flatMap((m) => [...(m.risks ?? []).map((r) => r.id), ...walk((m.modules ?? []) as never)]);
      for (const riskId of walk(tree.modules))
        await api(c.t, `/api/v1/rie-assessments/${a.id}/answers`, {
          method: 'PUT',
          cookie: hr(c),
          body: { riskId, answer: 'yes' },
        });
      let version = a.version as number;
      for (const status of ['complete', 'locked']) {
        const res = await api(c.t, `/api/v1/rie-assessments/${a.id}`, {
          method: 'PATCH',
          cookie: hr(c),
          body: { version, status },
        });
        if (res.status !== 200) throw new Error(`${status} failed: ${res.status}`);
        version = (await res.json()).version;
      }
      return a.id as string;
    })();
    locked.set(c.org.organizationId, p);
  }
  return p;
}

const ownRisk = (id: string) => ({
  moduleId: 'bhv',
  risk: {
    id,
    statement: { nl: 'Stelling', en: 'Statement' },
    problem: { nl: 'Probleem', en: 'Problem' },
    legalReference: 'Arbobesluit art. 3.7',
    measures: [{ id: `${id}.m1`, level: 'bron', text: { nl: 'Maatregel', en: 'Measure' } }],
  },
});
const report = (c: Ctx, anonymous = false) =>
  post(c, '/api/v1/incident-reports', {
    type: 'unsafe_situation',
    description: 'Losse traptrede',
    anonymous,
  });
const accident = {
  occurredOn: '2026-01-10',
  nature: 'Uitglijden',
  consequences: 'Kneuzing',
  absenceWorkingDays: 4,
};

export const ARBO_MATRIX: Record<string, Spec> = {
  'GET /api/v1/risk-catalogues': {
    request: () => ({ path: '/api/v1/risk-catalogues' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/risk-catalogues/{id}': {
    request: () => ({ path: '/api/v1/risk-catalogues/zorg' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/risk-catalogues/{id}/own-risks': {
    request: (c) => ({ path: '/api/v1/risk-catalogues/zorg/own-risks', body: ownRisk(`matrix-${c.n()}`) }),
    expect: { ...writers(201), otherOrg: 201, anonymous: 401 },
  },
  'GET /api/v1/rie-assessments': {
    request: () => ({ path: '/api/v1/rie-assessments' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/rie-assessments': {
    request: async (c) => ({
      path: '/api/v1/rie-assessments',
      body: { year: 2025, unitId: (await post(c, '/api/v1/units', { name: `U ${c.n()}` })).id },
    }),
    // another organisation cannot reference this organisation's unit
    expect: { ...writers(201), otherOrg: 422, anonymous: 401 },
  },
  'GET /api/v1/rie-assessments/{id}': {
    request: async (c) => ({ path: `/api/v1/rie-assessments/${(await newAssessment(c)).id}` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'PATCH /api/v1/rie-assessments/{id}': {
    request: async (c) => ({
      path: `/api/v1/rie-assessments/${(await newAssessment(c)).id}`,
      body: { version: 1, participants: [{ name: 'Medewerker', role: 'medewerker' }] },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/rie-assessments/{id}/answers': {
    request: async (c) => ({ path: `/api/v1/rie-assessments/${(await newAssessment(c)).id}/answers` }),
    expect: { ...readers(200), otherOrg: 404, anonymous: 401 },
  },
  'PUT /api/v1/rie-assessments/{id}/answers': {
    request: async (c) => ({
      path: `/api/v1/rie-assessments/${(await newAssessment(c)).id}/answers`,
      body: { riskId: 'psa-beleid', answer: 'yes' },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  // A locked RI&E's report is for everyone in the organisation; an unlocked one for the readers only
  // (employees get 404 there: rie-plan.test.ts).
  'GET /api/v1/rie-assessments/{id}/report': {
    request: async (c) => ({ path: `/api/v1/rie-assessments/${await lockedAssessment(c)}/report` }),
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/rie-assessments/{id}/report.pdf': {
    request: async (c) => ({ path: `/api/v1/rie-assessments/${await lockedAssessment(c)}/report.pdf` }),
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/rie-reports': {
    request: () => ({ path: '/api/v1/rie-reports' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/rie-consents': {
    request: () => ({ path: '/api/v1/rie-consents' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/rie-consents': {
    request: async (c) => ({
      path: '/api/v1/rie-consents',
      body: { assessmentId: await completedAssessment(c), decision: 'consented', decidedOn: '2026-02-01' },
    }),
    expect: { ...grant({ works_council: 201 }), otherOrg: 403, anonymous: 401 },
  },
  'GET /api/v1/measures': {
    request: () => ({ path: '/api/v1/measures' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/measures/export.xlsx': {
    request: () => ({ path: '/api/v1/measures/export.xlsx' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/measures': {
    request: () => ({
      path: '/api/v1/measures',
      body: { description: 'Matrixmaatregel', level: 'bron', dueDate: '2026-12-31' },
    }),
    expect: { ...writers(201), otherOrg: 201, anonymous: 401 },
  },
  'DELETE /api/v1/measures/{id}': {
    request: async (c) => ({
      path: `/api/v1/measures/${(await post(c, '/api/v1/measures', { description: 'Weg', level: 'bron' })).id}?version=1`,
    }),
    expect: { ...writers(204), otherOrg: 404, anonymous: 401 },
  },
  'PATCH /api/v1/measures/{id}': {
    request: async (c) => ({
      path: `/api/v1/measures/${(await post(c, '/api/v1/measures', { description: 'M', level: 'bron' })).id}`,
      body: { version: 1, status: 'in_progress' },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/incident-reports': {
    request: () => ({
      path: '/api/v1/incident-reports',
      body: { type: 'near_miss', description: 'Bijna-ongeval', anonymous: true },
    }),
    expect: { ...all(201), otherOrg: 201, anonymous: 401 },
  },
  'GET /api/v1/incident-reports/routing': {
    request: () => ({ path: '/api/v1/incident-reports/routing' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/incident-reports': {
    request: () => ({ path: '/api/v1/incident-reports' }),
    // each triaging role gets the list of its own route (arbo-reports.test.ts checks the contents)
    expect: {
      ...grant({ hr: 200, prevention_officer: 200, confidential_adviser: 200 }),
      otherOrg: 200,
      anonymous: 401,
    },
  },
  'GET /api/v1/incident-reports/{id}': {
    request: async (c) => ({ path: `/api/v1/incident-reports/${(await report(c)).id}` }),
    // an unsafe situation is not the vertrouwenspersoon's: indistinguishable from a missing report
    expect: {
      ...grant({ hr: 200, prevention_officer: 200, confidential_adviser: 404 }),
      otherOrg: 404,
      anonymous: 401,
    },
  },
  'PATCH /api/v1/incident-reports/{id}': {
    request: async (c) => ({
      path: `/api/v1/incident-reports/${(await report(c)).id}`,
      body: { version: 1, feedback: 'Trede is gerepareerd.' },
    }),
    // an unsafe situation is triaged by hr / the prevention officer only
    expect: {
      ...grant({ hr: 200, prevention_officer: 200, confidential_adviser: 404 }),
      otherOrg: 404,
      anonymous: 401,
    },
  },
  'GET /api/v1/incident-reports/feedback/{token}': {
    request: async (c) => ({
      path: `/api/v1/incident-reports/feedback/${(await report(c, true)).feedbackToken}`,
    }),
    expect: { ...all(200), otherOrg: 200, anonymous: 200 },
  },
  'GET /api/v1/me/incident-reports': {
    request: () => ({ path: '/api/v1/me/incident-reports' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/accidents': {
    request: () => ({ path: '/api/v1/accidents' }),
    expect: { ...writers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/accidents': {
    request: () => ({ path: '/api/v1/accidents', body: accident }),
    expect: { ...writers(201), otherOrg: 201, anonymous: 401 },
  },
  'PATCH /api/v1/accidents/{id}': {
    request: async (c) => ({
      path: `/api/v1/accidents/${(await post(c, '/api/v1/accidents', accident)).id}`,
      body: { version: 1, absenceWorkingDays: 6 },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/arbo-duties': {
    request: () => ({ path: '/api/v1/arbo-duties' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/toetsing': {
    request: () => ({ path: '/api/v1/toetsing' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/toetsing': {
    request: () => ({
      path: '/api/v1/toetsing',
      body: {
        toetsedOn: '2026-02-01',
        scope: 'both',
        expertName: 'Arbodienst',
        expertCertification: 'arbodienst',
        verdict: 'approved',
        outcome: 'Akkoord',
      },
    }),
    expect: { ...writers(201), otherOrg: 201, anonymous: 401 },
  },
  'GET /api/v1/prevention-officers': {
    request: () => ({ path: '/api/v1/prevention-officers' }),
    expect: { ...readers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/prevention-officers': {
    request: (c) => ({
      path: '/api/v1/prevention-officers',
      body: { personId: c.org.users.prevention_officer.personId, appointedOn: '2026-01-01' },
    }),
    expect: { ...writers(201), otherOrg: 422, anonymous: 401 },
  },
  'GET /api/v1/pago-offers': {
    request: () => ({ path: '/api/v1/pago-offers' }),
    expect: {
      ...grant({ hr: 200, prevention_officer: 200, works_council: 200, occupational_physician: 200 }),
      otherOrg: 200,
      anonymous: 401,
    },
  },
  'POST /api/v1/pago-offers': {
    request: () => ({
      path: '/api/v1/pago-offers',
      body: { kind: 'pago', offeredOn: '2026-03-01', participantCount: 4 },
    }),
    expect: {
      ...grant({ hr: 201, prevention_officer: 201, occupational_physician: 201 }),
      otherOrg: 201,
      anonymous: 401,
    },
  },
  'GET /api/v1/safety-instructions': {
    request: () => ({ path: '/api/v1/safety-instructions' }),
    expect: { ...writers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/safety-instructions': {
    request: () => ({
      path: '/api/v1/safety-instructions',
      body: { kind: 'toolbox', topic: 'Tillen', givenOn: '2026-01-15', givenBy: 'Ergocoach' },
    }),
    expect: { ...writers(201), otherOrg: 201, anonymous: 401 },
  },
  'GET /api/v1/arbo-people': {
    request: () => ({ path: '/api/v1/arbo-people' }),
    expect: { ...writers(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/safety-instructions/gaps': {
    request: () => ({ path: '/api/v1/safety-instructions/gaps' }),
    expect: { ...writers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/safety-instructions/{id}/attendance': {
    request: async (c) => ({
      path: `/api/v1/safety-instructions/${(await post(c, '/api/v1/safety-instructions', { kind: 'toolbox', topic: 'T', givenOn: '2026-01-15', givenBy: 'X' })).id}/attendance`,
      body: { personIds: [c.org.users.employee.personId] },
    }),
    expect: { ...writers(200), otherOrg: 404, anonymous: 401 },
  },
  'DELETE /api/v1/safety-instructions/{id}': {
    request: async (c) => ({
      path: `/api/v1/safety-instructions/${(await post(c, '/api/v1/safety-instructions', { kind: 'toolbox', topic: 'Weg', givenOn: '2026-01-15', givenBy: 'X', attendeePersonIds: [c.org.users.employee.personId] })).id}?version=1`,
    }),
    expect: { ...writers(204), otherOrg: 404, anonymous: 401 },
  },
  'DELETE /api/v1/ppe-issues/{id}': {
    request: async (c) => ({
      path: `/api/v1/ppe-issues/${(await post(c, '/api/v1/ppe-issues', { personId: c.org.users.employee.personId, item: 'Bril', issuedOn: '2026-01-01' })).id}?version=1`,
    }),
    expect: { ...writers(204), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/ppe-issues': {
    request: () => ({ path: '/api/v1/ppe-issues' }),
    expect: { ...writers(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/ppe-issues': {
    request: (c) => ({
      path: '/api/v1/ppe-issues',
      body: { personId: c.org.users.employee.personId, item: 'Handschoenen', issuedOn: '2026-01-01' },
    }),
    expect: { ...writers(201), otherOrg: 422, anonymous: 401 },
  },
  'GET /api/v1/me/instructions': {
    request: () => ({ path: '/api/v1/me/instructions' }),
    expect: { ...all(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/me/instructions/{id}/acknowledge': {
    request: async (c) => ({
      path: `/api/v1/me/instructions/${
        (
          await post(c, '/api/v1/safety-instructions', {
            kind: 'instruction',
            topic: 'Iedereen',
            givenOn: '2026-01-15',
            givenBy: 'X',
            attendeePersonIds: ALL_ROLES.map((r) => c.org.users[r].personId),
          })
        ).id
      }/acknowledge`,
    }),
    // every attendee acknowledges their own; another organisation's user is not on the list
    expect: { ...all(200), otherOrg: 404, anonymous: 401 },
  },
};
