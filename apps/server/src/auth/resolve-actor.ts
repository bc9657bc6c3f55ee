import type { TRole } from '@inzetbaar/contracts';
import { listOrganizationsByIds } from '../modules/people/repo/organizations.repo';
import { personsOfUser, rolesOfPerson } from '../modules/people/repo/roles.repo';
import { descendantUnitIds, listUnits } from '../modules/people/repo/units.repo';
import type { Deps } from '../platform/http/context';
import type { Actor } from './actor';
import { actorForApiToken, type TokenUse } from './api-token-actor';
import { bearerSecret } from './api-token-secret';

/**
 * Resolve the actor from the session cookie. The organisation comes from the
 * `X-Organization-Id` header when the user belongs to it, else the first one by name; roles come
 * from role_assignments of the user's person in that organisation — never from the session.
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
  const session = await deps.auth.api.getSession({ headers });
  if (!session) return null;
  return actorForUser(deps, session.user, headers.get('x-organization-id'), ip);
}

type SessionUser = { id: string; name: string; email: string; twoFactorEnabled?: boolean | null };

/**
 * The actor of a user in the organisation `wanted` (when they belong to it, else their first by
 * name), with roles from OUR role-assignment rows. Also used for the calendar feed token.
 */
export async function actorForUser(
  deps: Deps,
  user: SessionUser,
  wanted: string | null,
  ip: string | null,
): Promise<Actor> {
  const links = await personsOfUser(deps.db, user.id);
  const orgs = await listOrganizationsByIds(
    deps.db,
    links.map((l) => l.organizationId),
  );
  const organizationId = orgs.find((o) => o.id === wanted)?.id ?? orgs[0]?.id ?? null;
  const link = links.find((l) => l.organizationId === organizationId);
  const personId = link?.personId ?? null;
  const roleRows = organizationId && personId ? await rolesOfPerson(deps.db, organizationId, personId) : [];
  const managerUnits = roleRows
    .filter((r) => r.role === 'manager' && r.unitId)
    .map((r) => r.unitId as string);
  const managedUnitIds =
    organizationId && managerUnits.length
      ? descendantUnitIds(await listUnits(deps.db, organizationId), managerUnits)
      : new Set<string>();
  return {
    userId: user.id,
    userName: user.name,
    email: user.email,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
    organizationId,
    personId,
    organizationIds: orgs.map((o) => o.id),
    roles: roleRows.map((r) => ({ role: r.role as TRole, unitId: r.unitId })),
    managedUnitIds,
    ip,
    language: link?.language ?? null,
  };
}
