import { randomUUID } from 'node:crypto';
import { API_TOKEN_SCOPES, type TRole } from '@inzetbaar/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, api, type TestOrg } from '../../test/fixtures';
import type { TestApp } from '../../test/test-app';

/**
 * API tokens in the authorization matrix (issue #15). The token routes themselves (HR only), and
 * every route of the document called with a token: a revoked token gets 401 everywhere, a token
 * without the route's scope 403, and a token with it gets past authorization (with a random id:
 * 404 or 422, never 401/403). Routes outside /api/v1 (set-up, health) take no credentials. Scopes expected per route are read from the document's security
 * requirement, so a route that loses or gains a scope shows up in openapi.test.ts and here.
 */
type Subject = TRole | 'otherOrg' | 'anonymous';
type Ctx = { t: TestApp; org: TestOrg; other: TestOrg; n: () => number };
type Spec = {
  request: (c: Ctx) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  expect: Partial<Record<Subject, number>>;
};

const hrOnly = (ok: number, otherOrg: number) => ({
  ...Object.fromEntries(ALL_ROLES.map((r) => [r, r === 'hr' ? ok : 403])),
  otherOrg,
  anonymous: 401,
});

async function newToken(t: TestApp, cookie: string, scopes: readonly string[], name = 'Matrix') {
  const res = await api(t, '/api/v1/api-tokens', {
    method: 'POST',
    cookie,
    body: { name, scopes, expiresInDays: 1 },
  });
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: { id: string }; secret: string };
}

export const API_TOKENS_MATRIX: Record<string, Spec> = {
  'GET /api/v1/api-tokens': { request: () => ({ path: '/api/v1/api-tokens' }), expect: hrOnly(200, 200) },
  'POST /api/v1/api-tokens': {
    request: () => ({
      path: '/api/v1/api-tokens',
      body: { name: 'Loonadministratie', scopes: ['people:read'], expiresInDays: 30 },
    }),
    expect: hrOnly(201, 201),
  },
  'POST /api/v1/api-tokens/{id}/revoke': {
    request: async (c) => {
      const { token } = await newToken(c.t, c.org.users.hr.cookie, ['people:read']);
      return { path: `/api/v1/api-tokens/${token.id}/revoke` };
    },
    expect: hrOnly(200, 404),
  },
};

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is plain JSON
type Json = Record<string, any>;

/** Every route of the matrix, called with API tokens (see above). */
export function describeApiTokenMatrix(routes: readonly string[], ctx: () => Ctx) {
  describe('authorization matrix: API tokens', () => {
    let doc: Json;
    let revoked: string;
    const tokens = new Map<string, Promise<string>>();
    /** One token per scope set, made on first use. */
    const tokenWith = (scopes: readonly string[]) => {
      const key = [...scopes].sort().join(' ');
      let secret = tokens.get(key);
      if (!secret) {
        secret = newToken(ctx().t, ctx().org.users.hr.cookie, scopes).then((x) => x.secret);
        tokens.set(key, secret);
      }
      return secret;
    };
    beforeAll(async () => {
      const { t, org } = ctx();
      doc = await (await api(t, '/api/openapi.json')).json();
      const made = await newToken(t, org.users.hr.cookie, API_TOKEN_SCOPES, 'Ingetrokken');
      await api(t, `/api/v1/api-tokens/${made.token.id}/revoke`, {
        method: 'POST',
        cookie: org.users.hr.cookie,
      });
      revoked = made.secret;
    });

    it.each(routes)('%s', async (route) => {
      const { t } = ctx();
      const [method = 'GET', template = ''] = route.split(' ');
      const op = doc.paths[template]?.[method.toLowerCase()] as Json;
      const path = template.replace(/\{[^}]+\}/g, () => randomUUID());
      const call = (secret: string) =>
        api(t, path, { method, headers: { Authorization: `Bearer ${secret}` } }).then((r) => r.status);
      const scopes: string[] = (op.security as Json[]).find((s) => s.apiToken)?.apiToken ?? [];
      const got: Record<string, number | string> = {};
      const expected: Record<string, number | string> = {};
      // set-up and health live outside /api/v1 and know no actor: a token means nothing there
      if (template.startsWith('/api/v1/')) {
        got.revoked = await call(revoked);
        expected.revoked = 401;
      }
      if (op['x-access'] !== 'public') {
        got.withoutScope = await call(await tokenWith(API_TOKEN_SCOPES.filter((s) => !scopes.includes(s))));
        expected.withoutScope = 403;
      }
      if (scopes.length) {
        const status = await call(await tokenWith(scopes));
        got.withScope = status === 401 || status === 403 ? status : 'passes';
        expected.withScope = 'passes';
      }
      expect(got).toEqual(expected);
    });
  });
}
