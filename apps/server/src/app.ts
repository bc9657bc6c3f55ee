import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { guardPasswordEndpoint } from './auth/password-endpoints';
import { resolveActor } from './auth/resolve-actor';
import { MODULES } from './modules';
import { needsTwoFactor } from './modules/people/services/me.service';
import { LANGUAGE_HEADER, rememberLanguage } from './platform/access/user-language';
import { bodyLimits } from './platform/http/body-limits';
import { clientIp } from './platform/http/client-ip';
import type { AppEnv, Deps } from './platform/http/context';
import { apiDocsPage, swaggerAssets } from './platform/http/docs';
import { domainErrorToProblem } from './platform/http/domain-errors';
import { inputGuard } from './platform/http/input-guard';
import { logServerError } from './platform/http/log-error';
import { pickLang } from './platform/http/messages';
import { buildOpenApiDocument } from './platform/http/openapi/openapi-document';
import { originCheck } from './platform/http/origin-check';
import { AppError, problemResponse } from './platform/http/problem';
import { securityHeaders } from './platform/http/security-headers';
import { setRateLimitHeaders } from './platform/http/token-rate-limit';
import { setupRoutes } from './platform/setup/setup.routes';

const webDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** Routes under /api/v1 that a user who still has to set up 2FA may call. */
const OPEN_BEFORE_2FA = new Set(['/api/v1/me']);

export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  for (const m of MODULES) m.onStart?.();

  app.onError((err, c) => {
    if (err instanceof AppError) return problemResponse(c, err);
    const domain = domainErrorToProblem(err);
    if (domain) return problemResponse(c, domain);
    if (err instanceof HTTPException && err.status < 500)
      return problemResponse(
        c,
        new AppError(
          err.status === 400 ? 400 : (err.status as 400),
          err.status === 400 ? 'malformed_request' : 'validation_failed',
        ),
      );
    logServerError('http', err);
    return problemResponse(c, new AppError(500, 'internal'));
  });

  app.use('*', securityHeaders(deps.env));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('lang', pickLang(c.req.header('accept-language')));
    c.set('actor', null);
    await next();
  });
  // hardening of every API request (issue #9): text rule on path and query, body size before
  // the body is read, and the origin of cookie-authenticated writes
  app.use('/api/*', inputGuard);
  app.use('/api/*', bodyLimits);
  app.use('/api/*', originCheck(deps.env));

  // better-auth, with the TCP peer address passed in a header of our own so that its login rate
  // limiter keys on the real client; a client-sent value of that header is dropped.
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    const request = await guardPasswordEndpoint(deps, c.req.raw, c.req.path);
    const headers = new Headers(request.headers);
    headers.delete('x-inzetbaar-client-ip');
    const ip = clientIp(c);
    if (ip) headers.set('x-inzetbaar-client-ip', ip);
    const res = await deps.auth.handler(new Request(request, { headers }));
    if (res.status === 429) {
      const retryAfter = res.headers.get('x-retry-after');
      const wait: Record<string, string> = retryAfter ? { 'Retry-After': retryAfter } : {};
      return problemResponse(c, new AppError(429, 'rate_limited', [], undefined, wait));
    }
    return res;
  });

  app.use('/api/v1/*', async (c, next) => {
    const actor = await resolveActor(deps, c.req.raw.headers, clientIp(c), {
      method: c.req.method,
      path: c.req.path,
    });
    c.set('actor', actor);
    if (actor) await rememberLanguage(deps.db, actor, c.req.header(LANGUAGE_HEADER));
    if (actor && !OPEN_BEFORE_2FA.has(c.req.path) && needsTwoFactor(actor, deps.env.isDemo).blocked)
      throw new AppError(403, 'two_factor_required');
    await next();
    setRateLimitHeaders(c, actor?.apiToken?.rateLimit);
  });

  // every resource router of every module (the OpenAPI document and the authorization matrix read them)
  for (const router of MODULES.flatMap((m) => m.routers ?? [])) app.route('/api/v1', router);
  app.route('/api', setupRoutes);

  let openApiDocument: unknown;
  app.get('/api/openapi.json', (c) => {
    openApiDocument ??= buildOpenApiDocument(app, deps.env.baseUrl);
    return c.json(openApiDocument);
  });
  app.get('/api/docs', (c) => c.html(apiDocsPage()));
  app.get('/api/docs/assets/:file', swaggerAssets);
  app.all('/api/*', (c) => problemResponse(c, new AppError(404, 'not_found')));

  // The web app: static files; a missing hashed asset is a 404 (not index.html, which a stale
  // page would try to run as a script); every other path is a client-side route (SPA fallback).
  // index.html is read per request so a rebuild is served without a restart.
  if (existsSync(webDist)) {
    app.use('/*', serveStatic({ root: webDist }));
    app.get('/assets/*', (c) => c.text('Not found', 404));
    app.get('*', (c) => c.html(readFileSync(join(webDist, 'index.html'), 'utf8')));
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
