import type { TRole } from '@inzetbaar/contracts';
import { schema } from '@inzetbaar/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ABSENCE_DOCUMENTS_MATRIX } from './absence-documents-matrix';
import { API_TOKENS_MATRIX, describeApiTokenMatrix } from './api-tokens-matrix';
import { ARBO_MATRIX } from './arbo-matrix';
import { LLO_MATRIX } from './llo-matrix';
import { VITALITY_MATRIX } from './vitality-matrix';

/**
 * The authorization matrix: every route of the OpenAPI document × every role, a user of another
 * organisation, and an anonymous caller, against the status each must get. A route without an
 * entry here fails the test, so a new route cannot ship without its intended access.
 *
 * Expected statuses are written out independently of auth/policy.ts on purpose.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Req = { path: string; body?: unknown };
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = { request: (c: Ctx) => Promise<Req> | Req; expect: Partial<Record<Subject, number>> };

const only = (role: TRole, ok: number, rest = 403): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, r === role ? ok : rest]));
const everyone = (status: number): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, status]));
const hrCookie = (c: Ctx) => c.org.users.hr.cookie;

async function newPerson(c: Ctx, email?: string) {
  const res = await api(c.t, '/api/v1/people', {
    method: 'POST',
    cookie: hrCookie(c),
    body: {
      employeeNumber: `M-${c.n()}`,
      givenName: 'Matrix',
      surname: 'Persoon',
      email: email ?? null,
      employment: { startDate: '2022-01-01', hoursPerWeek: 32, jobTitle: 'Helpende', unitId: c.org.units.a1 },
    },
  });
  return res.json();
}
async function newUnit(c: Ctx) {
  return (
    await api(c.t, '/api/v1/units', { method: 'POST', cookie: hrCookie(c), body: { name: `Unit ${c.n()}` } })
  ).json();
}
async function newImport(c: Ctx) {
  const form = new FormData();
  form.append(
    'file',
    new File([`Personeelsnummer;Voornaam;Achternaam\nI-${c.n()};Ina;Import\n`], 'import.csv', {
      type: 'text/csv',
    }),
  );
  return (
    await api(c.t, '/api/v1/people-imports', { method: 'POST', cookie: hrCookie(c), body: form })
  ).json();
}

/* Verzuim (issue 3): a fresh case of a person in unit A1 (inside the manager's scope), reported by HR. */
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
async function newAbsence(c: Ctx) {
  const p = await newPerson(c);
  const res = await api(c.t, '/api/v1/absences', {
    method: 'POST',
    cookie: hrCookie(c),
    body: { personId: p.id, startDate: isoDay(-10) },
  });
  return res.json();
}
/** hr, the manager of the person's unit and the physician may do case work; nobody else. */
const caseWork = (ok: number) => ({
  ...everyone(403),
  hr: ok,
  manager: ok,
  occupational_physician: ok,
  otherOrg: 404,
  anonymous: 401,
});
/** Reading a case: case workers; the employee only their own (this is someone else's: 404). */
const caseRead = { ...caseWork(200), employee: 404 };
/** The employer's part (plan, evaluations, corrections, loonsanctie): hr and the manager; the physician reads it only. */
const employerWork = (ok: number) => ({ ...caseWork(ok), occupational_physician: 403 });
/** Sick and recovery reports: hr, the manager, the employee for themself (404 here). */
const reporting = { ...everyone(403), hr: 200, manager: 200, employee: 404, otherOrg: 404, anonymous: 401 };
const physicianOnly = (ok: number) => ({
  ...only('occupational_physician', ok),
  otherOrg: 403,
  anonymous: 401,
});
const plan = {
  goals: 'Terugkeer',
  agreedActivities: '',
  adaptedWork: '',
  reducedHoursPerWeek: null,
  casemanagerPersonId: null,
  spoor1: '',
  spoor2Status: 'not_decided',
  spoor2StartedOn: null,
  spoor2Notes: '',
  agreedOn: null,
  version: 0,
};
const capabilities = {
  validFrom: isoDay(-1),
  limitations: 'Niet tillen',
  possibilities: 'Zittend werk',
  workAdvice: '4 uur per dag',
};

const MATRIX: Record<string, Spec> = {
  'GET /api/v1/absences': {
    request: () => ({ path: '/api/v1/absences' }),
    expect: {
      ...everyone(403),
      hr: 200,
      manager: 200,
      employee: 200,
      occupational_physician: 200,
      otherOrg: 200,
      anonymous: 401,
    },
  },
  'POST /api/v1/absences': {
    request: async (c) => ({
      path: '/api/v1/absences',
      body: { personId: (await newPerson(c)).id, startDate: isoDay(-3) },
    }),
    // an employee may report only themself, another organisation cannot name this person: 422
    expect: { ...everyone(403), hr: 201, manager: 201, employee: 422, otherOrg: 422, anonymous: 401 },
  },
  'GET /api/v1/absences/{id}': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}` }),
    expect: caseRead,
  },
  'PATCH /api/v1/absences/{id}': {
    request: async (c) => {
      const a = await newAbsence(c);
      return { path: `/api/v1/absences/${a.id}`, body: { version: a.version, loonsanctieWeeks: 13 } };
    },
    expect: employerWork(200),
  },
  'POST /api/v1/absences/{id}/partial-recovery': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/partial-recovery`,
      body: { from: isoDay(-2), workPercentage: 50 },
    }),
    expect: reporting,
  },
  'POST /api/v1/absences/{id}/recovery': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/recovery`,
      body: { recoveredOn: isoDay(-1) },
    }),
    expect: reporting,
  },
  'PATCH /api/v1/absences/{id}/reports/{reportId}': {
    request: async (c) => {
      const a = await newAbsence(c);
      return {
        path: `/api/v1/absences/${a.id}/reports/${a.reports[0].id}`,
        body: { version: 1, contactPhone: '010-1234567', reason: 'Nummer gewijzigd' },
      };
    },
    expect: employerWork(200),
  },
  'PUT /api/v1/absences/{id}/milestones/{key}': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/milestones/ziekmelding_arbodienst`,
      body: { doneOn: isoDay(-9) },
    }),
    expect: caseWork(200),
  },
  'GET /api/v1/absences/{id}/plan': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}/plan` }),
    expect: caseRead,
  },
  'PUT /api/v1/absences/{id}/plan': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}/plan`, body: plan }),
    expect: employerWork(200),
  },
  'GET /api/v1/absences/{id}/evaluations': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}/evaluations` }),
    expect: caseRead,
  },
  'POST /api/v1/absences/{id}/evaluations': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/evaluations`,
      body: { date: isoDay(-1), summary: 'Besproken' },
    }),
    expect: employerWork(201),
  },
  'GET /api/v1/absences/{id}/medical-notes': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}/medical-notes` }),
    expect: physicianOnly(200),
  },
  'POST /api/v1/absences/{id}/medical-notes': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/medical-notes`,
      body: { note: 'Spreekuur' },
    }),
    expect: physicianOnly(201),
  },
  'GET /api/v1/absences/{id}/capabilities': {
    request: async (c) => ({ path: `/api/v1/absences/${(await newAbsence(c)).id}/capabilities` }),
    expect: caseRead,
  },
  'POST /api/v1/absences/{id}/capabilities': {
    request: async (c) => ({
      path: `/api/v1/absences/${(await newAbsence(c)).id}/capabilities`,
      body: capabilities,
    }),
    expect: physicianOnly(201),
  },
  'GET /api/v1/absence-signals': {
    request: () => ({ path: '/api/v1/absence-signals' }),
    expect: { ...everyone(403), hr: 200, manager: 200, otherOrg: 200, anonymous: 401 },
  },
  // the retention dry run: HR (medical files as counts) and the physician (issue 16)
  'GET /api/v1/absence-retention': {
    request: () => ({ path: '/api/v1/absence-retention?horizonDays=30' }),
    expect: { ...everyone(403), hr: 200, occupational_physician: 200, otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/absence-stats': {
    request: () => ({ path: `/api/v1/absence-stats?from=${isoDay(-90)}&to=${isoDay(0)}` }),
    expect: { ...everyone(403), hr: 200, manager: 200, works_council: 200, otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/absence-stats/export': {
    request: () => ({ path: `/api/v1/absence-stats/export?from=${isoDay(-90)}&to=${isoDay(0)}&format=csv` }),
    expect: { ...everyone(403), hr: 200, manager: 200, works_council: 200, otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/me/absence-notices': {
    request: () => ({ path: '/api/v1/me/absence-notices' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/me/absence-notices/unread': {
    request: () => ({ path: '/api/v1/me/absence-notices/unread' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  // a fresh notice for the HR user each time: only its recipient may mark it read
  'POST /api/v1/me/absence-notices/{id}/read': {
    request: async (c) => {
      const [n] = await c.t.deps.db
        .insert(schema.absenceNotices)
        .values({
          organizationId: c.org.organizationId,
          recipientPersonId: c.org.users.hr.personId,
          caseId: `case-${c.n()}`,
          milestoneKey: 'plan_van_aanpak',
          due: isoDay(3),
          overdue: false,
          key: `matrix-${c.n()}`,
        })
        .returning();
      return { path: `/api/v1/me/absence-notices/${n?.id}/read` };
    },
    expect: { ...everyone(404), hr: 200, otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/me/absence-notices/read-all': {
    request: () => ({ path: '/api/v1/me/absence-notices/read-all' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/me/deadlines.ics': {
    request: () => ({ path: '/api/v1/me/deadlines.ics' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/health': {
    request: () => ({ path: '/api/health' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 200 },
  },
  'GET /api/setup/status': {
    request: () => ({ path: '/api/setup/status' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 200 },
  },
  'POST /api/setup': {
    request: () => ({
      path: '/api/setup',
      body: {
        organization: { name: 'Overname BV', sbiSection: 'M' },
        admin: {
          givenName: 'A',
          surname: 'B',
          email: 'overname@example.nl',
          password: 'een-lang-wachtwoord',
        },
      },
    }),
    // Set up already: nobody can run setup again.
    expect: { ...everyone(409), otherOrg: 409, anonymous: 409 },
  },
  'GET /api/v1/me': {
    request: () => ({ path: '/api/v1/me' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/me/file-access': {
    request: () => ({ path: '/api/v1/me/file-access' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'GET /api/v1/organization': {
    request: () => ({ path: '/api/v1/organization' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'PATCH /api/v1/organization': {
    request: async (c) => {
      const org = await (await api(c.t, '/api/v1/organization', { cookie: hrCookie(c) })).json();
      return { path: '/api/v1/organization', body: { version: org.version, fullTimeHours: 36 } };
    },
    expect: { ...only('hr', 200), anonymous: 401 },
  },
  'GET /api/v1/units': {
    request: () => ({ path: '/api/v1/units' }),
    expect: { ...everyone(200), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/units': {
    request: (c) => ({ path: '/api/v1/units', body: { name: `Nieuw ${c.n()}` } }),
    expect: { ...only('hr', 201), anonymous: 401 },
  },
  'PATCH /api/v1/units/{id}': {
    request: async (c) => {
      const u = await newUnit(c);
      return { path: `/api/v1/units/${u.id}`, body: { name: `Hernoemd ${c.n()}`, version: u.version } };
    },
    expect: { ...only('hr', 200), otherOrg: 404, anonymous: 401 },
  },
  'DELETE /api/v1/units/{id}': {
    request: async (c) => ({ path: `/api/v1/units/${(await newUnit(c)).id}` }),
    expect: { ...only('hr', 204), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/people': {
    request: () => ({ path: '/api/v1/people' }),
    expect: {
      ...everyone(403),
      hr: 200,
      manager: 200,
      occupational_physician: 200,
      otherOrg: 200,
      anonymous: 401,
    },
  },
  'GET /api/v1/people/export': {
    request: () => ({ path: '/api/v1/people/export?format=csv' }),
    expect: { ...only('hr', 200), anonymous: 401 },
  },
  'POST /api/v1/people': {
    request: (c) => ({
      path: '/api/v1/people',
      body: { employeeNumber: `P-${c.n()}`, givenName: 'Nieuw', surname: 'Mens' },
    }),
    expect: { ...only('hr', 201), anonymous: 401 },
  },
  'GET /api/v1/people/{id}': {
    // a person in unit A1: inside the manager's scope, not the caller's own file
    request: (c) => ({ path: `/api/v1/people/${c.org.inScopePersonId}` }),
    expect: {
      ...everyone(404),
      hr: 200,
      manager: 200,
      occupational_physician: 200,
      otherOrg: 404,
      anonymous: 401,
    },
  },
  'PATCH /api/v1/people/{id}': {
    request: async (c) => {
      const p = await newPerson(c);
      return { path: `/api/v1/people/${p.id}`, body: { version: p.version, givenName: 'Gewijzigd' } };
    },
    expect: { ...only('hr', 200), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/people/{id}/employments': {
    request: async (c) => ({
      path: `/api/v1/people/${(await newPerson(c)).id}/employments`,
      body: { startDate: '2024-01-01', hoursPerWeek: 20, jobTitle: 'Gastvrouw' },
    }),
    expect: { ...only('hr', 201), otherOrg: 404, anonymous: 401 },
  },
  'PATCH /api/v1/employments/{id}': {
    request: async (c) => {
      const e = (await newPerson(c)).employments[0];
      return { path: `/api/v1/employments/${e.id}`, body: { version: e.version, hoursPerWeek: 24 } };
    },
    expect: { ...only('hr', 200), otherOrg: 404, anonymous: 401 },
  },
  'POST /api/v1/role-assignments': {
    request: async (c) => ({
      path: '/api/v1/role-assignments',
      body: { personId: (await newPerson(c)).id, role: 'coach' },
    }),
    // another organisation cannot even name this organisation's people
    expect: { ...only('hr', 201), otherOrg: 422, anonymous: 401 },
  },
  'DELETE /api/v1/role-assignments/{id}': {
    request: async (c) => {
      const personId = (await newPerson(c)).id;
      const r = await (
        await api(c.t, '/api/v1/role-assignments', {
          method: 'POST',
          cookie: hrCookie(c),
          body: { personId, role: 'coach' },
        })
      ).json();
      return { path: `/api/v1/role-assignments/${r.id}` };
    },
    expect: { ...only('hr', 204), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/invitations': {
    request: () => ({ path: '/api/v1/invitations' }),
    expect: { ...only('hr', 200), anonymous: 401 },
  },
  'POST /api/v1/invitations': {
    request: async (c) => ({
      path: '/api/v1/invitations',
      body: { personId: (await newPerson(c, `m${c.n()}@example.nl`)).id },
    }),
    expect: { ...only('hr', 201), otherOrg: 422, anonymous: 401 },
  },
  'DELETE /api/v1/invitations/{id}': {
    request: async (c) => {
      const p = await newPerson(c, `d${c.n()}@example.nl`);
      const inv = await (
        await api(c.t, '/api/v1/invitations', {
          method: 'POST',
          cookie: hrCookie(c),
          body: { personId: p.id },
        })
      ).json();
      return { path: `/api/v1/invitations/${inv.id}` };
    },
    expect: { ...only('hr', 204), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/invitations/lookup': {
    request: () => ({ path: '/api/v1/invitations/lookup?token=ongeldig-token-van-voldoende-lengte' }),
    expect: { ...everyone(404), otherOrg: 404, anonymous: 404 },
  },
  'POST /api/v1/invitations/accept': {
    request: () => ({
      path: '/api/v1/invitations/accept',
      body: { token: 'ongeldig-token-van-voldoende-lengte', password: 'een-lang-wachtwoord' },
    }),
    expect: { ...everyone(404), otherOrg: 404, anonymous: 404 },
  },
  'GET /api/v1/audit-events': {
    request: () => ({ path: '/api/v1/audit-events' }),
    expect: { ...only('hr', 200), anonymous: 401 },
  },
  'GET /api/v1/outbox': {
    request: () => ({ path: '/api/v1/outbox' }),
    expect: { ...only('hr', 200), anonymous: 401 },
  },
  'POST /api/v1/people-imports': {
    request: (c) => {
      const form = new FormData();
      form.append(
        'file',
        new File([`Personeelsnummer;Voornaam;Achternaam\nX-${c.n()};Xander;Test\n`], 'x.csv', {
          type: 'text/csv',
        }),
      );
      return { path: '/api/v1/people-imports', body: form };
    },
    expect: { ...only('hr', 201), anonymous: 401 },
  },
  'POST /api/v1/people-imports/{id}/confirm': {
    request: async (c) => ({ path: `/api/v1/people-imports/${(await newImport(c)).id}/confirm` }),
    expect: { ...only('hr', 200), otherOrg: 404, anonymous: 401 },
  },
  ...ARBO_MATRIX,
  ...ABSENCE_DOCUMENTS_MATRIX,
  ...VITALITY_MATRIX,
  ...LLO_MATRIX,
  ...API_TOKENS_MATRIX,
};

let t: TestApp;
let ctx: Ctx;
let routes: string[];
beforeAll(async () => {
  t = await createTestApp();
  let counter = 0;
  ctx = { t, org: await createTestOrg(t), other: await createTestOrg(t), n: () => ++counter };
  const doc = await (await api(t, '/api/openapi.json')).json();
  routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
}, 120_000);
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has an entry for every route in the OpenAPI document, and no stale entries', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !MATRIX[r])).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it.each(Object.keys(MATRIX))('%s', async (route) => {
    const spec = MATRIX[route] as Spec;
    const method = route.split(' ')[0] as string;
    const got: Partial<Record<Subject, number>> = {};
    for (const subject of Object.keys(spec.expect) as Subject[]) {
      const req = await spec.request(ctx);
      const cookie =
        subject === 'anonymous'
          ? undefined
          : subject === 'otherOrg'
            ? ctx.other.users.hr.cookie
            : ctx.org.users[subject].cookie;
      const res = await api(t, req.path, {
        method,
        ...(req.body !== undefined ? { body: req.body } : {}),
        ...(cookie ? { cookie } : {}),
      });
      got[subject] = res.status;
    }
    expect(got).toEqual(spec.expect);
  });
});

// API tokens on every route: revoked 401, without the scope 403 (api-tokens-matrix.ts)
describeApiTokenMatrix(Object.keys(MATRIX), () => ctx);
