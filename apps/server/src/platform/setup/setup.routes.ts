import { z } from '@hono/zod-openapi';
import { ZHealth, ZSetup, ZSetupStatus } from '@inzetbaar/contracts';
import { sql } from 'drizzle-orm';
import pkg from '../../../package.json';
import { defineRoute, newRouter } from '../http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../http/schemas';
import { needsSetup, runSetup } from './setup.service';

const status = defineRoute('public', {
  method: 'get',
  path: '/setup/status',
  tags: ['setup'],
  summary: 'Whether this installation still needs its first organisation',
  responses: { 200: json(ZSetupStatus) },
});
const setup = defineRoute('public', {
  method: 'post',
  path: '/setup',
  tags: ['setup'],
  summary: 'First start: create the first organisation and its HR administrator',
  request: { body: jsonBody(ZSetup) },
  responses: {
    201: json(z.object({ organizationId: z.string() }), 'Created'),
    422: errorResponses[422],
    ...conflictResponse,
  },
});
const health = defineRoute('public', {
  method: 'get',
  path: '/health',
  tags: ['setup'],
  summary: 'Liveness: the database answers',
  responses: { 200: json(ZHealth), 503: json(ZHealth, 'Database unreachable') },
});

export const setupRoutes = newRouter()
  .openapi(status, async (c) => {
    const deps = c.get('deps');
    return c.json(
      { needsSetup: await needsSetup(deps), demoMode: deps.env.isDemo, baseUrl: deps.env.baseUrl },
      200,
    );
  })
  .openapi(setup, async (c) => c.json(await runSetup(c.get('deps'), c.req.valid('json')), 201))
  .openapi(health, async (c) => {
    const deps = c.get('deps');
    const version = pkg.version;
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const, database: deps.driver, version }, 200);
    } catch {
      return c.json({ status: 'error' as const, database: deps.driver, version }, 503);
    }
  });
