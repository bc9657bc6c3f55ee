import type { TRole } from '@inzetbaar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleModule } from '../../test/example-module/module';
import { ALL_ROLES, api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MODULES } from '../modules';
import type { ModuleManifest } from '../platform/module-manifest';

/*
 * Adding a module is one folder plus one line (docs/adding-a-module.md). This test adds the example
 * module of test/example-module/ to the module list and checks that the platform
 * picks up everything else from its manifest: routes in the API and its OpenAPI document, policy
 * actions, the `me.modules` entry, and access per role exactly as its policy says.
 */
// The one line, added for this test file only (each test file runs in its own process); before
// the first request, because the platform merges the manifests' policies and messages lazily.
(MODULES as ModuleManifest[]).push(exampleModule);

let t: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ isolated: true });
  org = await createTestOrg(t);
  other = await createTestOrg(t);
});
afterAll(() => t.close());

type Subject = TRole | 'otherOrg' | 'anonymous';
const expected = (grants: Partial<Record<Subject, number>>, rest = 403) =>
  Object.fromEntries(
    [...ALL_ROLES, 'otherOrg', 'anonymous'].map((s) => [s, grants[s as Subject] ?? rest]),
  ) as Record<Subject, number>;
const cookieOf = (s: Subject) =>
  s === 'anonymous' ? undefined : s === 'otherOrg' ? other.users.hr.cookie : org.users[s].cookie;

describe('the example module (one folder + one line)', () => {
  it('is in the OpenAPI document and in me.modules for the roles its entry action grants', async () => {
    const doc = await (await api(t, '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toContain('/api/v1/people/{id}/kudos');
    for (const role of ALL_ROLES) {
      const me = await (await api(t, '/api/v1/me', { cookie: org.users[role].cookie })).json();
      expect(me.modules.includes('example'), role).toBe(['hr', 'manager', 'employee'].includes(role));
    }
  });

  // Its own authorization matrix, written out independently of its policy.ts.
  const matrix: [string, 'GET' | 'POST', () => string, Record<Subject, number>][] = [
    [
      'read kudos of a person in the manager’s unit',
      'GET',
      () => `/api/v1/people/${org.inScopePersonId}/kudos`,
      expected({ hr: 200, manager: 200, employee: 404, otherOrg: 404, anonymous: 401 }),
    ],
    [
      'read kudos of a person outside the manager’s unit',
      'GET',
      () => `/api/v1/people/${org.outOfScopePersonId}/kudos`,
      expected({ hr: 200, manager: 404, employee: 404, otherOrg: 404, anonymous: 401 }),
    ],
    [
      'give kudos to a person in the manager’s unit',
      'POST',
      () => `/api/v1/people/${org.inScopePersonId}/kudos`,
      expected({ hr: 201, manager: 201, otherOrg: 404, anonymous: 401 }),
    ],
  ];
  for (const [name, method, path, statuses] of matrix)
    it(name, async () => {
      const got: Record<string, number> = {};
      for (const subject of Object.keys(statuses) as Subject[]) {
        const cookie = cookieOf(subject);
        const res = await api(t, path(), {
          method,
          ...(cookie ? { cookie } : {}),
          ...(method === 'POST' ? { body: { text: 'Goed gedaan!' } } : {}),
        });
        got[subject] = res.status;
      }
      expect(got).toEqual(statuses);
    });

  it('lets the person read their own kudos, validates input, and audits the write', async () => {
    const self = org.users.employee;
    const given = await api(t, `/api/v1/people/${self.personId}/kudos`, {
      method: 'POST',
      cookie: org.users.hr.cookie,
      body: { text: 'Dank voor je inzet' },
    });
    expect(given.status).toBe(201);
    const own = await (await api(t, `/api/v1/people/${self.personId}/kudos`, { cookie: self.cookie })).json();
    expect(own.map((k: { text: string }) => k.text)).toContain('Dank voor je inzet');

    const bad = await api(t, `/api/v1/people/${self.personId}/kudos`, {
      method: 'POST',
      cookie: org.users.hr.cookie,
      body: { text: '' },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].field).toBe('text');

    const audit = await (
      await api(t, '/api/v1/audit-events?action=example.kudos.given', { cookie: org.users.hr.cookie })
    ).json();
    expect(audit.items.some((e: { subjectPersonId: string }) => e.subjectPersonId === self.personId)).toBe(
      true,
    );
  });
});
