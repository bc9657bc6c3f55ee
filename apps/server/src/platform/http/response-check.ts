import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context';
import { logServerError } from './log-error';
import { AppError } from './problem';

/**
 * Every JSON response is checked against the zod schema its route declares for that status
 * (issue #8 §4), outside production: the tests and a developer's server fail loudly — 500
 * `response_schema_mismatch`, the paths that differ in the log — when a service returns a shape
 * the contract does not describe, so the web's inferred types cannot drift from what is sent.
 */
export function checkResponse(responses: RouteConfig['responses']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.get('deps').env.nodeEnv === 'production') return;
    const declared = (responses as Record<string, { content?: Record<string, { schema?: unknown }> }>)[
      String(c.res.status)
    ];
    const schema = declared?.content?.['application/json']?.schema as z.ZodType | undefined;
    if (!schema || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const result = schema.safeParse(await c.res.clone().json());
    if (result.success) return;
    const paths = result.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    logServerError(
      'response',
      new Error(`${c.req.method} ${c.req.path} → ${c.res.status}: ${paths.join('; ')}`),
    );
    throw new AppError(500, 'response_schema_mismatch', [], paths.join('; '));
  };
}
