import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { AppDb } from '@inzetbaar/db';
import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../auth/actor';
import type { Auth } from '../../auth/auth';
import type { Env } from '../../env';
import { type Action, authorize } from '../access/policy';
import type { Scheduler } from '../jobs/scheduler';
import type { Mailer } from '../mail/mailer';
import { formText, refuseUnsafeInput } from './input-guard';
import { type Lang, pickLang } from './messages';
import { AppError, zodFieldErrors } from './problem';
import { checkResponse } from './response-check';

export type Clock = { now: () => Date };

/** What every handler can reach; built once in createApp, replaced wholesale in tests. */
export type Deps = {
  db: AppDb;
  env: Env;
  auth: Auth;
  mailer: Mailer;
  clock: Clock;
  scheduler: Scheduler;
  driver: 'pglite' | 'postgres';
};

export type AppEnv = {
  Variables: { deps: Deps; actor: Actor | null; lang: Lang };
};

/** A router whose validation failures become 422 problem+json naming each field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      const prefix = result.target === 'json' || result.target === 'form' ? undefined : result.target;
      if (!result.success) throw new AppError(422, 'validation_failed', zodFieldErrors(result.error, prefix));
      // the contracts' text rule on everything validated: no control characters (input-guard.ts)
      const data = result.target === 'form' ? formText(result.data as Record<string, unknown>) : result.data;
      refuseUnsafeInput(data, prefix);
    },
  });
}

/** Access marker of a route: a policy action, any signed-in user, or public. */
export type Access = Action | 'authenticated' | 'public';

/** Every route declares its access; the guard runs before validation and the handler. */
export function defineRoute<
  P extends string,
  R extends Omit<RouteConfig, 'path' | 'middleware'> & { path: P },
>(access: Access, config: R) {
  // checkResponse is looked up on the first request: routes are defined while the module list
  // is still loading (modules → routes → this file), before every import here is initialised
  let check: MiddlewareHandler<AppEnv> | undefined;
  const middleware: MiddlewareHandler<AppEnv>[] = [
    guard(access),
    (c, next) => {
      check ??= checkResponse(config.responses);
      return check(c, next);
    },
  ];
  return createRoute({ ...config, middleware, 'x-access': access });
}

function guard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access !== 'public') {
      const actor = c.get('actor');
      if (!actor) throw new AppError(401, 'unauthenticated');
      // an API token reaches only routes of a policy action its scopes name (token-scopes.ts)
      if (access === 'authenticated' && actor.apiToken) throw new AppError(403, 'api_token_scope');
      if (access !== 'authenticated') authorize(actor, access);
    }
    await next();
  };
}

export const langOf = (c: { req: { header: (n: string) => string | undefined } }) =>
  pickLang(c.req.header('accept-language'));

/** The signed-in actor of a guarded route (the guard already refused anonymous requests). */
export function actorOf(c: { get: (k: 'actor') => Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError(401, 'unauthenticated');
  return actor;
}

export const orgOf = (actor: Actor) => actor.organizationId as string;
