import { API_TOKEN_SCOPES } from '@inzetbaar/contracts';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { policyTable } from '../platform/access/policy';
import { SCOPE_ACTIONS } from '../platform/access/token-scopes';
import { OPERATIONS } from '../platform/http/openapi/operations';

/*
 * The document at /api/openapi.json as tools read it (issue #15): Redocly's recommended ruleset
 * reports no error; every operation has a unique operationId chosen by a person (not derived), a
 * summary, one module tag and a security requirement (an explicit empty one when public).
 */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is plain JSON
type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let t: TestApp;
let doc: Json;
let operations: { key: string; op: Json }[];
beforeAll(async () => {
  t = await createTestApp();
  doc = await (await api(t, '/api/openapi.json')).json();
  operations = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, op: item[m] as Json })),
  );
}, 120_000);
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it("passes Redocly's recommended ruleset with no error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(operations.length).toBeGreaterThan(150);
  }, 60_000);

  it('names every operation once, by a chosen name (route config or operations.ts)', () => {
    const raw = t.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'raw', version: '1' } });
    const unnamed = operations
      .filter(({ key }) => {
        const [method = '', path = ''] = key.split(' ');
        const rawOp = (raw.paths?.[path] as Json | undefined)?.[method.toLowerCase()];
        return !rawOp?.operationId && !OPERATIONS[key];
      })
      .map((o) => o.key);
    expect(unnamed).toEqual([]);
    const ids = operations.map((o) => o.op.operationId as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]+$/.test(id))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((k) => !operations.some((o) => o.key === k))).toEqual([]);
    expect(operations.find((o) => o.key === 'GET /api/v1/people')?.op.operationId).toBe('listPeople');
    expect(operations.find((o) => o.key === 'POST /api/v1/absences')?.op.operationId).toBe('reportSick');
  });

  it('gives every operation a summary, a module tag and a security requirement', () => {
    const tags = new Set((doc.tags as Json[]).map((tag) => tag.name));
    for (const { key, op } of operations) {
      expect(op.summary, key).toBeTruthy();
      expect(op.tags, key).toHaveLength(1);
      expect(tags.has(op.tags[0]), key).toBe(true);
      expect(Array.isArray(op.security), key).toBe(true);
      if (op['x-access'] === 'public') expect(op.security, key).toEqual([]);
      else expect(op.security, key).toContainEqual({ sessionCookie: [] });
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiToken', 'sessionCookie']);
    expect(doc.info.license.identifier).toBe('AGPL-3.0-or-later');
    expect(doc.servers[0].url).toBe('http://localhost:3000');
    // Dutch terms are explained in English
    const plan = operations.find((o) => o.key === 'PUT /api/v1/absences/{id}/plan')?.op;
    expect(plan?.description).toMatch(/plan van aanpak\*: action plan/);
  });

  it('offers API tokens no medical operation, and documents 429 where a token may call', () => {
    for (const { key, op } of operations) {
      const token = (op.security as Json[]).find((s) => s.apiToken);
      const access = String(op['x-access']);
      if (/^(medical|capabilities)\./.test(access) || access === 'authenticated' || access === 'public')
        expect(token, key).toBeUndefined();
      if (token) {
        expect(token.apiToken.length, key).toBeGreaterThan(0);
        expect(op.responses['429']?.headers?.['Retry-After'], key).toBeDefined();
        expect(op.responses['429']?.headers?.['RateLimit-Remaining'], key).toBeDefined();
      }
    }
    const listPeople = operations.find((o) => o.key === 'GET /api/v1/people')?.op;
    expect(listPeople?.security).toContainEqual({ apiToken: ['people:read'] });
  });

  it('maps every scope to existing, non-medical actions', () => {
    const actions = policyTable();
    for (const scope of API_TOKEN_SCOPES)
      for (const action of SCOPE_ACTIONS[scope]) {
        expect(Object.hasOwn(actions, action), action).toBe(true);
        expect(action).not.toMatch(/medical|capabilities/);
        // a token acts as HR: a scope naming an action HR may not perform would be dead
        expect(actions[action]?.hr, `${scope} ${action}`).toBeDefined();
      }
  });
});
