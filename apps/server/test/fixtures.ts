import { randomUUID } from 'node:crypto';
import { ROLES, type TRole } from '@inzetbaar/contracts';
import { createUserWithPassword } from '../src/auth/create-user';
import { insertOrganization } from '../src/modules/people/repo/organizations.repo';
import { insertEmployment, insertPerson, linkPersonToUser } from '../src/modules/people/repo/people.repo';
import { insertRoleAssignment } from '../src/modules/people/repo/roles.repo';
import { insertUnit } from '../src/modules/people/repo/units.repo';
import { BASE_URL, type TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery-staple';
/** Every role of the contract: a role added there is in every test org and every matrix row at once. */
export const ALL_ROLES: TRole[] = [...ROLES];

export type TestUser = { email: string; personId: string; userId: string; cookie: string };
export type TestOrg = {
  organizationId: string;
  units: { a: string; a1: string; b: string };
  users: Record<TRole, TestUser>;
  /** A person in unit A1 (inside the manager's scope) without an account. */
  inScopePersonId: string;
  /** A person in unit B (outside the manager's scope). */
  outOfScopePersonId: string;
};

/**
 * An organisation with units A (with sub-unit A1) and B, one user per role (the manager manages
 * A and so A1), and two people without accounts. Emails use the demo domain, so the 2FA rule for
 * hr/physician is waived (the test app runs in demo mode) — the 2FA test uses another domain.
 */
export async function createTestOrg(
  t: TestApp,
  name = `Testorganisatie ${randomUUID().slice(0, 8)}`,
): Promise<TestOrg> {
  const { db } = t.deps;
  const org = await insertOrganization(db, { name, sbiSection: 'Q', fullTimeHours: 36 });
  const a = (await insertUnit(db, { organizationId: org.id, name: 'Afdeling A' })).id;
  const a1 = (await insertUnit(db, { organizationId: org.id, name: 'Team A1', parentId: a })).id;
  const b = (await insertUnit(db, { organizationId: org.id, name: 'Afdeling B' })).id;
  let n = 1000;
  const person = async (givenName: string, unitId: string) => {
    const p = await insertPerson(db, {
      organizationId: org.id,
      employeeNumber: String(n++),
      givenName,
      surname: 'Test',
    });
    await insertEmployment(db, {
      organizationId: org.id,
      personId: p.id,
      startDate: '2020-01-01',
      hoursPerWeek: 24,
      jobTitle: 'Verzorgende IG',
      unitId,
    });
    return p.id;
  };
  const users = {} as Record<TRole, TestUser>;
  for (const role of ALL_ROLES) {
    const email = `${role}.${randomUUID().slice(0, 8)}@demo.inzetbaar.nl`;
    const personId = await person(role, role === 'manager' ? a : a1);
    const user = await createUserWithPassword(t.deps.auth, {
      email,
      name: `${role} Test`,
      password: PASSWORD,
    });
    await linkPersonToUser(db, org.id, personId, user.id);
    await insertRoleAssignment(db, {
      organizationId: org.id,
      personId,
      role,
      unitId: role === 'manager' ? a : null,
    });
    users[role] = { email, personId, userId: user.id, cookie: await signIn(t, email, PASSWORD) };
  }
  return {
    organizationId: org.id,
    units: { a, a1, b },
    users,
    inScopePersonId: await person('Binnen', a1),
    outOfScopePersonId: await person('Buiten', b),
  };
}

/** Sign in over the API and return the session cookie. */
export async function signIn(t: TestApp, email: string, password: string): Promise<string> {
  const res = await t.app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE_URL },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email} failed: ${res.status} ${await res.text()}`);
  return cookieFrom(res);
}

export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c && !c.endsWith('='))
    .join('; ');
}

export type ApiOptions = {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
};

// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON bodies
type AnyJson = any;
export type ApiResponse = Omit<Response, 'json'> & { json: () => Promise<AnyJson> };

/** Call the API as a user: JSON in, Response out. */
export function api(t: TestApp, path: string, o: ApiOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { Origin: BASE_URL, ...o.headers };
  if (o.cookie) headers.Cookie = o.cookie;
  let body: string | FormData | undefined;
  if (o.body instanceof FormData) body = o.body;
  else if (o.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.body);
  }
  return t.app.request(path, {
    method: o.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
  }) as Promise<ApiResponse>;
}
