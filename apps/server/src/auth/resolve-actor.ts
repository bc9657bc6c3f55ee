import type { Deps } from '../platform/http/context';
import type { Actor } from './actor';
import { actorForApiToken, type TokenUse } from './api-token-actor';
import { bearerSecret } from './api-token-secret';
import { actorFromSession, actorOfUser } from './session-actor';

/**
 * Resolve the actor of a request: an API token (Bearer), else the session cookie (session-actor.ts: one statement, a
 * per-process cache that a change of roles, employments or the session invalidates at once). The
 * organisation comes from the `X-Organization-Id` header when the user belongs to it, else the
 * first one by name; roles come from role_assignments of the user's person in that organisation —
 * never from the session.
 */
export async function resolveActor(
  deps: Deps,
  headers: Headers,
  ip: string | null,
  use?: TokenUse,
): Promise<Actor | null> {
  // integrations: `Authorization: Bearer inz_…` (auth/api-token-actor.ts); never falls back to a cookie
  const bearer = bearerSecret(headers);
  if (bearer !== null) return actorForApiToken(deps, bearer, ip, use);
  return actorFromSession(deps, headers, ip);
}

type SessionUser = { id: string; name: string; email: string; twoFactorEnabled?: boolean | null };

/**
 * The actor of a user in the organisation `wanted` (when they belong to it, else their first by
 * name), with roles from OUR role-assignment rows. Used for the calendar feed token.
 */
export async function actorForUser(
  deps: Deps,
  user: SessionUser,
  wanted: string | null,
  ip: string | null,
): Promise<Actor> {
  return (
    (await actorOfUser(deps.db, user.id, wanted, ip)) ?? {
      userId: user.id,
      userName: user.name,
      email: user.email,
      twoFactorEnabled: Boolean(user.twoFactorEnabled),
      organizationId: null,
      personId: null,
      organizationIds: [],
      roles: [],
      managedUnitIds: new Set<string>(),
      ip,
      language: null,
    }
  );
}
