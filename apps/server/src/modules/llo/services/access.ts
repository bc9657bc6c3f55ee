import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { type Action, authorize, inScope, type Scope, scopeFor } from '../../../platform/access/policy';
import { notFound } from '../../../platform/http/problem';
import {
  type EmploymentRow,
  employmentsOfPerson,
  findPerson,
  type PersonRow,
} from '../../people/repo/people.repo';

export const orgOf = (actor: Actor) => actor.organizationId as string;

export type PersonAccess = {
  person: PersonRow;
  employments: EmploymentRow[];
  scope: Scope;
  /** The actor is this person. */
  isSelf: boolean;
};

/**
 * The person `personId` when the actor may perform `action` on them: 403 when no role may, 404 when
 * the person is outside the actor's scope (indistinguishable from a missing person).
 */
export async function requirePerson(
  db: DbOrTx,
  actor: Actor,
  action: Action,
  personId: string,
): Promise<PersonAccess> {
  const scope = authorize(actor, action);
  const person = await findPerson(db, orgOf(actor), personId);
  if (!person) throw notFound();
  const employments = await employmentsOfPerson(db, orgOf(actor), personId);
  if (!inScope(actor, scope, { personId, unitIds: employments.map((e) => e.unitId) })) throw notFound();
  return { person, employments, scope, isSelf: actor.personId === personId };
}

/** Whether the actor may perform `action` on a person with these units (no throw). */
export function may(
  actor: Actor,
  action: Action,
  personId: string,
  unitIds: readonly (string | null)[],
): boolean {
  const scope = scopeFor(actor, action);
  return !!scope && inScope(actor, scope, { personId, unitIds });
}

/** The running employment on `day`, else the most recent one. */
export function currentEmployment(
  employments: readonly EmploymentRow[],
  day: string,
): EmploymentRow | undefined {
  const sorted = [...employments].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return sorted.find((e) => e.startDate <= day && (!e.endDate || e.endDate >= day)) ?? sorted[0];
}
