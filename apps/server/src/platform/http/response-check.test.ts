// The app first: it loads the module list before the platform code that reads it.
import '../../app';
import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { type Deps, defineRoute, newRouter } from './context';
import { AppError, problemResponse } from './problem';
import { json } from './schemas';

/** A public route whose handler returns what it is told, mounted with just enough of the app around it. */
function appReturning(body: unknown, nodeEnv: 'test' | 'production') {
  const route = defineRoute('public', {
    method: 'get',
    path: '/thing',
    responses: { 200: json(z.object({ id: z.string(), count: z.number() })) },
  });
  const app = newRouter();
  app.onError((err, c) => problemResponse(c, err instanceof AppError ? err : new AppError(500, 'internal')));
  app.use('*', async (c, next) => {
    c.set('deps', { env: { nodeEnv } } as unknown as Deps);
    await next();
  });
  app.openapi(route, (c) => c.json(body as { id: string; count: number }, 200));
  return app;
}

describe('responses are checked against their declared schema outside production', () => {
  it('passes a response that matches', async () => {
    const res = await appReturning({ id: 'a', count: 1 }, 'test').request('/thing');
    expect(res.status).toBe(200);
  });

  it('turns a response that does not match into a loud 500 naming the path', async () => {
    const res = await appReturning({ id: 'a', count: 'one' }, 'test').request('/thing');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('response_schema_mismatch');
    expect(body.detail).toContain('count');
  });

  it('does not spend the time in production', async () => {
    const res = await appReturning({ id: 'a', count: 'one' }, 'production').request('/thing');
    expect(res.status).toBe(200);
  });
});
