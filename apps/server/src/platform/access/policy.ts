import type { Actor } from '../../auth/actor';
import { MODULES } from '../../modules';
import { AppError, forbidden, notFound } from '../http/problem';
import type { Action, Grants, Scope } from './policy-types';
import { tokenAllows, tokenScopeMissing } from './token-scopes';

/**
 * The one policy: which role may do what, and over which scope.
 *  - `organization`: everything of the actor's organisation;
 *  - `unit`: people whose current employment is in a unit the actor manages (incl. sub-units);
 *  - `self`: only the actor's own person.
 * Tenant isolation is separate: every repository function filters by organization_id.
 */
export type { Action, ActionsOf, Grants, PolicyActions, PolicyTable, Scope } from './policy-types';
export { EVERY_ROLE_ORG, EVERY_ROLE_SELF, HR_ONLY } from './policy-types';

let merged: Record<string, Grants> | undefined;
/** The policy of every registered module, merged once (read lazily: the manifests import routes). */
export function policyTable(): Readonly<Record<string, Grants>> {
  if (!merged) {
    merged = {};
    for (const m of MODULES)
      for (const [action, grants] of Object.entries(m.policy ?? {})) {
        if (Object.hasOwn(merged, action)) throw new Error(`policy action ${action} declared twice`);
        merged[action] = grants;
      }
  }
  return merged;
}

/** The roles and scopes that may perform `action`. */
export const grantsOf = (action: Action): Grants => policyTable()[action] ?? {};

const SCOPE_RANK: Record<Scope, number> = { self: 0, unit: 1, organization: 2 };

/** The widest scope any of the actor's roles grants for `action`, or null. */
export function scopeFor(actor: Actor, action: Action): Scope | null {
  // an API token: only the actions of its scopes (token-scopes.ts), never more than its HR rights
  if (actor.apiToken && !tokenAllows(actor.apiToken.scopes, action)) return null;
  const grants = grantsOf(action);
  let best: Scope | null = null;
  for (const { role } of actor.roles) {
    const scope = grants[role];
    if (scope && (!best || SCOPE_RANK[scope] > SCOPE_RANK[best])) best = scope;
  }
  return best;
}

export type ResourceRef = { personId?: string | null; unitIds?: readonly (string | null)[] };

/**
 * Throws 403 when no role of the actor may perform `action`, and 404 when the resource lies
 * outside the actor's scope (outside-scope resources are indistinguishable from missing ones).
 * Returns the scope so list queries can filter by it.
 */
export function authorize(actor: Actor | null, action: Action, resource?: ResourceRef): Scope {
  if (!actor) throw new AppError(401, 'unauthenticated');
  if (!actor.organizationId) throw new AppError(403, 'no_organization');
  const scope = scopeFor(actor, action);
  if (!scope) throw actor.apiToken ? tokenScopeMissing(action) : forbidden();
  if (resource && !inScope(actor, scope, resource)) throw notFound();
  return scope;
}

export function inScope(actor: Actor, scope: Scope, resource: ResourceRef): boolean {
  if (scope === 'organization') return true;
  if (scope === 'self') return !!resource.personId && resource.personId === actor.personId;
  if (resource.personId && resource.personId === actor.personId) return true;
  return (resource.unitIds ?? []).some((u) => u !== null && actor.managedUnitIds.has(u));
}
