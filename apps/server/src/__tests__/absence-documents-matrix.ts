import type { TRole } from '@inzetbaar/contracts';
import { sampleFiles } from '../../test/files';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';

/**
 * Case documents and calendar feeds for the authorization matrix (authorization-matrix.test.ts
 * spreads these in). Expected statuses are written out here, independently of auth/policy.ts.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

const all = (status: number): Partial<Record<TRole, number>> =>
  Object.fromEntries(ALL_ROLES.map((r) => [r, status]));
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A fresh case of a new person in unit A1 (inside the manager's scope; not the employee's own). */
async function newCase(c: Ctx): Promise<string> {
  const hr = c.org.users.hr.cookie;
  const person = await (
    await api(c.t, '/api/v1/people', {
      method: 'POST',
      cookie: hr,
      body: {
        employeeNumber: `D-${c.n()}`,
        givenName: 'Document',
        surname: 'Persoon',
        employment: {
          startDate: '2022-01-01',
          hoursPerWeek: 32,
          jobTitle: 'Helpende',
          unitId: c.org.units.a1,
        },
      },
    })
  ).json();
  const res = await api(c.t, '/api/v1/absences', {
    method: 'POST',
    cookie: hr,
    body: { personId: person.id, startDate: isoDay(-10) },
  });
  return (await res.json()).id;
}
function pdfForm() {
  const form = new FormData();
  form.append('kind', 'advies');
  form.append('title', 'Advies');
  form.append('file', new File([sampleFiles.pdf()], 'advies.pdf', { type: 'application/pdf' }));
  return form;
}
/** A case with one document uploaded by the physician, released when asked. */
async function newDocument(c: Ctx, released = false) {
  const caseId = await newCase(c);
  const physician = c.org.users.occupational_physician.cookie;
  const doc = await (
    await api(c.t, `/api/v1/absences/${caseId}/documents`, {
      method: 'POST',
      cookie: physician,
      body: pdfForm(),
    })
  ).json();
  if (released)
    await api(c.t, `/api/v1/absences/${caseId}/documents/${doc.id}/release`, {
      method: 'PUT',
      cookie: physician,
      body: { confirmNoDiagnosis: true },
    });
  return `/api/v1/absences/${caseId}/documents/${doc.id}`;
}

/** Case readers: hr, the manager of the unit, the physician; the employee only their own (404 here). */
const caseRead = {
  ...all(403),
  hr: 200,
  manager: 200,
  occupational_physician: 200,
  employee: 404,
  otherOrg: 404,
  anonymous: 401,
};
/** Physician only; the other organisation's subject is its HR user, refused by role (403). */
const physicianOnly = (ok: number) => ({
  ...all(403),
  occupational_physician: ok,
  otherOrg: 403,
  anonymous: 401,
});
/** Every signed-in user for themself. */
const self = (ok: number) => ({ ...all(ok), otherOrg: ok, anonymous: 401 });

export const ABSENCE_DOCUMENTS_MATRIX: Record<string, Spec> = {
  'GET /api/v1/absences/{id}/documents': {
    request: async (c) => ({ path: `/api/v1/absences/${await newCase(c)}/documents` }),
    expect: caseRead,
  },
  'POST /api/v1/absences/{id}/documents': {
    request: async (c) => ({ path: `/api/v1/absences/${await newCase(c)}/documents`, body: pdfForm() }),
    expect: physicianOnly(201),
  },
  // released: the case's readers may download it (unreleased → 403 for them: absence-documents.test.ts)
  'GET /api/v1/absences/{id}/documents/{documentId}/content': {
    request: async (c) => ({ path: `${await newDocument(c, true)}/content` }),
    expect: caseRead,
  },
  'PUT /api/v1/absences/{id}/documents/{documentId}/release': {
    request: async (c) => ({ path: `${await newDocument(c)}/release`, body: { confirmNoDiagnosis: true } }),
    expect: physicianOnly(200),
  },
  'DELETE /api/v1/absences/{id}/documents/{documentId}/release': {
    request: async (c) => ({ path: `${await newDocument(c, true)}/release` }),
    expect: physicianOnly(200),
  },
  'DELETE /api/v1/absences/{id}/documents/{documentId}': {
    request: async (c) => ({ path: await newDocument(c) }),
    expect: physicianOnly(204),
  },
  'GET /api/v1/me/calendar-feed': {
    request: () => ({ path: '/api/v1/me/calendar-feed' }),
    expect: self(200),
  },
  'POST /api/v1/me/calendar-feed': {
    request: () => ({ path: '/api/v1/me/calendar-feed' }),
    expect: self(201),
  },
  'DELETE /api/v1/me/calendar-feed': {
    // every subject must have a feed to revoke: make one for each user first
    request: async (c) => {
      const users = [...Object.values(c.org.users), c.other.users.hr];
      for (const u of users) await api(c.t, '/api/v1/me/calendar-feed', { method: 'POST', cookie: u.cookie });
      return { path: '/api/v1/me/calendar-feed' };
    },
    expect: self(204),
  },
  // A token route: no session needed, and a session does not help; an unknown token is 404 for all.
  'GET /api/v1/calendar-feeds/{feed}': {
    request: () => ({ path: `/api/v1/calendar-feeds/${'x'.repeat(43)}.ics` }),
    expect: { ...all(404), otherOrg: 404, anonymous: 404 },
  },
};
