import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInzetbaarClient } from '@inzetbaar/client';
import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from '../../../../packages/client/scripts/generate-schema';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { BASE_URL, createTestApp, type TestApp } from '../../test/test-app';

/*
 * API tokens (issue #15) through the generated client (packages/client): HR creates a token in the
 * app, an integration lists people with it, is refused a medical endpoint and an out-of-scope
 * write, and is refused once the token is revoked; every use is in the audit log with its name.
 */
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
beforeAll(async () => {
  t = await createTestApp({ env: { API_TOKEN_REQUESTS_PER_MINUTE: '25' } });
  org = await createTestOrg(t);
  other = await createTestOrg(t);
}, 120_000);
afterAll(() => t.close());

const hr = () => org.users.hr.cookie;
const clientWith = (token: string) =>
  createInzetbaarClient({ baseUrl: BASE_URL, token, fetch: (req) => Promise.resolve(t.app.request(req)) });

async function createToken(body: { name: string; scopes: string[]; expiresInDays: number }, cookie = hr()) {
  const res = await api(t, '/api/v1/api-tokens', { method: 'POST', cookie, body });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: { id: string; prefix: string; status: string }; secret: string };
}

async function newAbsence() {
  const res = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: hr(),
    body: { personId: org.inScopePersonId, startDate: new Date().toISOString().slice(0, 10) },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

describe('generated client', () => {
  it('is up to date with the OpenAPI document (npm run generate -w @inzetbaar/client)', async () => {
    const doc = await (await api(t, '/api/openapi.json')).json();
    expect(await generateSchema(doc)).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  }, 60_000);
});

describe('API tokens', () => {
  it('lists people with a token, is refused medical data and an out-of-scope write, and not after revocation', async () => {
    const { token, secret } = await createToken({
      name: 'Salarisadministratie',
      scopes: ['people:read', 'absence:read'],
      expiresInDays: 30,
    });
    expect(secret).toMatch(/^inz_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 8));
    const client = clientWith(secret);

    const people = await client.GET('/api/v1/people', { params: { query: { pageSize: 100 } } });
    expect(people.response.status).toBe(200);
    expect(people.data?.items.map((p) => p.id)).toContain(org.inScopePersonId);
    expect(people.data?.items.map((p) => p.id)).not.toContain(other.inScopePersonId);
    expect(people.response.headers.get('RateLimit-Limit')).toBe('25');
    expect(Number(people.response.headers.get('RateLimit-Remaining'))).toBeLessThan(25);

    const absence = await newAbsence();
    const medical = await client.GET('/api/v1/absences/{id}/medical-notes', {
      params: { path: { id: absence.id } },
    });
    expect(medical.response.status).toBe(403);
    expect(medical.error).toMatchObject({ code: 'api_token_scope' });
    const ownCase = await client.GET('/api/v1/absences/{id}', { params: { path: { id: absence.id } } });
    expect(ownCase.response.status).toBe(200);

    const write = await client.POST('/api/v1/people', {
      body: { employeeNumber: 'T-1', givenName: 'Token', surname: 'Schrijver' },
    });
    expect(write.response.status).toBe(403);
    expect(write.error).toMatchObject({
      code: 'api_token_scope',
      detail: expect.stringContaining('people:write'),
    });

    // a token cannot make tokens, nor act as a person
    expect(
      (
        await client.POST('/api/v1/api-tokens', {
          body: { name: 'x', scopes: ['people:read'], expiresInDays: 1 },
        })
      ).response.status,
    ).toBe(403);
    expect((await client.GET('/api/v1/me')).response.status).toBe(403);

    const revoke = await api(t, `/api/v1/api-tokens/${token.id}/revoke`, { method: 'POST', cookie: hr() });
    expect(revoke.status).toBe(200);
    expect((await revoke.json()).status).toBe('revoked');
    const after = await client.GET('/api/v1/people');
    expect(after.response.status).toBe(401);
    expect(after.response.headers.get('WWW-Authenticate')).toMatch(/^Bearer .*invalid_token/);
    expect(after.error).toMatchObject({ code: 'api_token_invalid' });
  });

  it('writes within its scope, and audits every use with the token name', async () => {
    const { token, secret } = await createToken({
      name: 'HR-systeem',
      scopes: ['people:write', 'absence:write'],
      expiresInDays: 7,
    });
    const client = clientWith(secret);
    const created = await client.POST('/api/v1/people', {
      body: { employeeNumber: 'T-2', givenName: 'Tim', surname: 'Koppeling' },
    });
    expect(created.response.status).toBe(201);
    const sick = await client.POST('/api/v1/absences', {
      body: { personId: org.outOfScopePersonId, startDate: new Date().toISOString().slice(0, 10) },
    });
    expect(sick.response.status).toBe(201);
    // write does not include read
    expect((await client.GET('/api/v1/people')).response.status).toBe(403);

    const audit = await api(t, '/api/v1/audit-events?pageSize=100', { cookie: hr() });
    const items = (await audit.json()).items as {
      action: string;
      actorUserId: string | null;
      actorName: string | null;
      details: Record<string, unknown> | null;
    }[];
    const uses = items.filter(
      (e) => e.action === 'api_token.use' && e.actorUserId === `api-token:${token.id}`,
    );
    expect(uses).toHaveLength(3);
    expect(uses[0]?.details).toMatchObject({ apiToken: { id: token.id, name: 'HR-systeem' } });
    expect(uses[0]?.actorName).toBe('API-token: HR-systeem');
    const personCreated = items.find(
      (e) => e.action !== 'api_token.use' && e.actorUserId === `api-token:${token.id}`,
    );
    expect(personCreated?.details).toMatchObject({ apiToken: { name: 'HR-systeem' } });
  });

  it('stores only the SHA-256 of the secret, and shows it once', async () => {
    const { token, secret } = await createToken({
      name: 'Arbodienst',
      scopes: ['absence:read'],
      expiresInDays: 90,
    });
    const [row] = await t.deps.db.select().from(schema.apiTokens).where(eq(schema.apiTokens.id, token.id));
    expect(row?.tokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret.slice(8));
    const list = await api(t, '/api/v1/api-tokens', { cookie: hr() });
    expect(JSON.stringify(await list.json())).not.toContain(secret.slice(8));
  });

  it('refuses an expired token, an unknown one and a malformed header with 401', async () => {
    const { secret } = await createToken({ name: 'Kort', scopes: ['people:read'], expiresInDays: 1 });
    const client = clientWith(secret);
    expect((await client.GET('/api/v1/people')).response.status).toBe(200);
    t.clock.set(new Date(Date.now() + 2 * 86_400_000));
    try {
      expect((await client.GET('/api/v1/people')).response.status).toBe(401);
    } finally {
      t.clock.set(new Date());
    }
    expect((await clientWith(`inz_${'A'.repeat(43)}`).GET('/api/v1/people')).response.status).toBe(401);
    expect((await clientWith('nonsense').GET('/api/v1/people')).response.status).toBe(401);
  });

  it('limits the requests per token per minute: 429 with Retry-After', async () => {
    // a fixed clock inside one minute window, so the test does not straddle two windows
    t.clock.set(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1_000));
    const { secret } = await createToken({ name: 'Druk', scopes: ['units:read'], expiresInDays: 1 });
    const { secret: second } = await createToken({
      name: 'Rustig',
      scopes: ['units:read'],
      expiresInDays: 1,
    });
    const client = clientWith(secret);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 26; i++) {
      last = (await client.GET('/api/v1/units')).response;
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 25).every((s) => s === 200)).toBe(true);
    expect(statuses[25]).toBe(429);
    expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(last?.headers.get('RateLimit-Remaining')).toBe('0');
    expect(last?.headers.get('Retry-After')).toBe('59');
    // per token: another token of the same organisation is not affected
    expect((await clientWith(second).GET('/api/v1/units')).response.status).toBe(200);
    t.clock.set(new Date());
  });

  it('validates the creation: no medical or unknown scope, a name, at most a year', async () => {
    const res = await api(t, '/api/v1/api-tokens', {
      method: 'POST',
      cookie: hr(),
      body: { name: '', scopes: ['medical:read'], expiresInDays: 400 },
    });
    expect(res.status).toBe(422);
    const fields = ((await res.json()).errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['expiresInDays', 'name', 'scopes.0']);
  });

  it('keeps tokens per organisation: another HR cannot see or revoke them', async () => {
    const { token } = await createToken({ name: 'Eigen', scopes: ['people:read'], expiresInDays: 5 });
    const list = await api(t, '/api/v1/api-tokens', { cookie: other.users.hr.cookie });
    expect(((await list.json()) as { id: string }[]).map((x) => x.id)).not.toContain(token.id);
    const revoke = await api(t, `/api/v1/api-tokens/${token.id}/revoke`, {
      method: 'POST',
      cookie: other.users.hr.cookie,
    });
    expect(revoke.status).toBe(404);
  });
});
