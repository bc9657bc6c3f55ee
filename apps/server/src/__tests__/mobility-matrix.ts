import type { TRole } from '@inzetbaar/contracts';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';
import { escoTaxonomy } from '../platform/reference-data/esco';

/**
 * Mobiliteit routes for the authorization matrix (authorization-matrix.test.ts spreads these in).
 * Expected statuses are written out here, independently of modules/mobiliteit/policy.ts.
 *
 * Openings and the shortage table are readable by everyone of the organisation; HR writes them and
 * alone sees candidates. The preference and "Mijn mogelijkheden" are the person's own (the employee
 * user's person here: everyone else gets 404). Reorganisations are HR's; the works council gets
 * the counts; cases and plans are HR's and the assigned coach's.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

const grant = (ok: Partial<Record<TRole, number>>, rest: number): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, ok[r] ?? rest]));
const everyone = (s: number, other = s) => ({ ...grant({}, s), otherOrg: other, anonymous: 401 });
const hrOnly = (s: number, other: number) => ({ ...grant({ hr: s }, 403), otherOrg: other, anonymous: 401 });
const hrCoach = (s: number, other: number) => ({
  ...grant({ hr: s, coach: s }, 403),
  otherOrg: other,
  anonymous: 401,
});
const personOnly = (s: number) => ({ ...grant({ employee: s }, 404), otherOrg: 404, anonymous: 401 });

const OCC = 'http://data.europa.eu/esco/occupation/';
const THUISZORG = `${OCC}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`;
const HOUSEKEEPING = `${OCC}731ecac4-06e8-4ec2-a559-101fecbd9183`;
const essentialOf = (uri: string) => {
  const x = escoTaxonomy();
  const o = x.occupations[x.occupationByUri.get(uri) as number];
  return (o?.essential ?? []).slice(0, 8).map((k) => x.skills[k]?.uri as string);
};
const hr = (c: Ctx) => c.org.users.hr.cookie;
const me = (c: Ctx) => c.org.users.employee.personId;
const call = async (c: Ctx, method: string, path: string, cookie: string, body?: unknown) =>
  (await api(c.t, path, { method, cookie, ...(body !== undefined ? { body } : {}) })).json();

const newOpening = (c: Ctx) =>
  call(c, 'POST', '/api/v1/mobility/openings', hr(c), {
    kind: 'vacancy',
    title: `Vacature ${c.n()}`,
    escoOccupationUri: THUISZORG,
    essentialSkills: essentialOf(THUISZORG),
  });
const newReorg = (c: Ctx) =>
  call(c, 'POST', '/api/v1/mobility/reorganisations', hr(c), {
    name: `Reorganisatie ${c.n()}`,
    status: 'threatened',
    announcedOn: '2026-05-01',
  });
/** A new person (housekeeping, an ESCO occupation) in a new reorganisation, with the coach user as coach. */
async function newCase(c: Ctx) {
  const person = await call(c, 'POST', '/api/v1/people', hr(c), {
    employeeNumber: `MOB-${c.n()}`,
    givenName: 'Mob',
    surname: 'Iliteit',
    employment: {
      startDate: '2020-01-01',
      hoursPerWeek: 24,
      jobTitle: 'Medewerker huishouding',
      escoOccupationUri: HOUSEKEEPING,
      unitId: c.org.units.a1,
    },
  });
  const reorg = await newReorg(c);
  const detail = await call(c, 'POST', `/api/v1/mobility/reorganisations/${reorg.id}/cases`, hr(c), {
    personIds: [person.id],
    coachPersonId: c.org.users.coach.personId,
  });
  return { reorg, case: detail.cases[0] as { id: string; version: number } };
}
const shortageCsv = () => {
  const form = new FormData();
  form.append(
    'file',
    new File(['ISCO;Categorie;Bron;Datum\n5322;krap;Test;2025-Q4\n'], 'krapte.csv', { type: 'text/csv' }),
  );
  return form;
};

export const MOBILITY_MATRIX: Record<string, Spec> = {
  'GET /api/v1/mobility/openings': {
    request: () => ({ path: '/api/v1/mobility/openings' }),
    expect: everyone(200),
  },
  'POST /api/v1/mobility/openings': {
    request: (c) => ({
      path: '/api/v1/mobility/openings',
      body: { kind: 'gig', title: `Klus ${c.n()}`, essentialSkills: essentialOf(THUISZORG) },
    }),
    expect: hrOnly(201, 201),
  },
  'GET /api/v1/mobility/openings/{id}': {
    request: async (c) => ({ path: `/api/v1/mobility/openings/${(await newOpening(c)).id}` }),
    expect: everyone(200, 404),
  },
  'PATCH /api/v1/mobility/openings/{id}': {
    request: async (c) => ({
      path: `/api/v1/mobility/openings/${(await newOpening(c)).id}`,
      body: { status: 'closed', version: 1 },
    }),
    expect: hrOnly(200, 404),
  },
  'GET /api/v1/mobility/openings/{id}/candidates': {
    request: async (c) => ({ path: `/api/v1/mobility/openings/${(await newOpening(c)).id}/candidates` }),
    expect: hrOnly(200, 404),
  },
  'GET /api/v1/people/{id}/mobility-preference': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/mobility-preference` }),
    expect: personOnly(200),
  },
  'PUT /api/v1/people/{id}/mobility-preference': {
    request: async (c) => {
      const current = await call(
        c,
        'GET',
        `/api/v1/people/${me(c)}/mobility-preference`,
        c.org.users.employee.cookie,
      );
      return {
        path: `/api/v1/people/${me(c)}/mobility-preference`,
        body: { isOpenToOtherWork: !current.isOpenToOtherWork, version: current.version },
      };
    },
    expect: personOnly(200),
  },
  'GET /api/v1/people/{id}/opportunities': {
    request: (c) => ({ path: `/api/v1/people/${me(c)}/opportunities` }),
    expect: personOnly(200),
  },
  'GET /api/v1/mobility/reorganisations': {
    request: () => ({ path: '/api/v1/mobility/reorganisations' }),
    expect: { ...grant({ hr: 200, works_council: 200 }, 403), otherOrg: 200, anonymous: 401 },
  },
  'POST /api/v1/mobility/reorganisations': {
    request: (c) => ({
      path: '/api/v1/mobility/reorganisations',
      body: { name: `Reorganisatie ${c.n()}`, status: 'redundant', announcedOn: '2026-05-01' },
    }),
    expect: hrOnly(201, 201),
  },
  'GET /api/v1/mobility/reorganisations/{id}': {
    request: async (c) => ({ path: `/api/v1/mobility/reorganisations/${(await newReorg(c)).id}` }),
    expect: hrOnly(200, 404),
  },
  'PATCH /api/v1/mobility/reorganisations/{id}': {
    request: async (c) => ({
      path: `/api/v1/mobility/reorganisations/${(await newReorg(c)).id}`,
      body: { status: 'redundant', version: 1 },
    }),
    expect: hrOnly(200, 404),
  },
  'POST /api/v1/mobility/reorganisations/{id}/cases': {
    request: async (c) => ({
      path: `/api/v1/mobility/reorganisations/${(await newReorg(c)).id}/cases`,
      body: { personIds: [c.org.inScopePersonId] },
    }),
    expect: hrOnly(200, 404),
  },
  'GET /api/v1/mobility/reorganisations/{id}/report': {
    request: async (c) => ({ path: `/api/v1/mobility/reorganisations/${(await newReorg(c)).id}/report` }),
    expect: { ...grant({ hr: 200, works_council: 200 }, 403), otherOrg: 404, anonymous: 401 },
  },
  'GET /api/v1/mobility/cases': {
    request: () => ({ path: '/api/v1/mobility/cases' }),
    expect: hrCoach(200, 200),
  },
  'PATCH /api/v1/mobility/cases/{id}': {
    request: async (c) => {
      const { case: k } = await newCase(c);
      return { path: `/api/v1/mobility/cases/${k.id}`, body: { status: 'training', version: k.version } };
    },
    expect: hrCoach(200, 404),
  },
  'GET /api/v1/mobility/cases/{id}/plan': {
    request: async (c) => ({ path: `/api/v1/mobility/cases/${(await newCase(c)).case.id}/plan` }),
    expect: hrCoach(200, 404),
  },
  'POST /api/v1/mobility/cases/{id}/pop-goals': {
    request: async (c) => ({
      path: `/api/v1/mobility/cases/${(await newCase(c)).case.id}/pop-goals`,
      body: { kind: 'occupation', id: THUISZORG },
    }),
    expect: hrCoach(201, 404),
  },
  'GET /api/v1/mobility/shortage': {
    request: () => ({ path: '/api/v1/mobility/shortage' }),
    expect: everyone(200),
  },
  'POST /api/v1/mobility/shortage/import': {
    request: () => ({ path: '/api/v1/mobility/shortage/import', body: shortageCsv() }),
    expect: hrOnly(201, 201),
  },
};
