import type { Actor } from '../../../src/auth/actor';
import { scopeUnitsOn } from '../../../src/auth/employment-scope';
import { employmentsOfPerson, findPerson } from '../../../src/modules/people/repo/people.repo';
import type { Deps } from '../../../src/platform/http/context';
import { notFound } from '../../../src/platform/http/problem';
import { today } from '../../../src/platform/today';

/** The person and the units that put them in a manager's scope today (for `authorize`). */
export async function personRef(deps: Deps, actor: Actor, personId: string) {
  const organizationId = actor.organizationId as string;
  const person = await findPerson(deps.db, organizationId, personId);
  if (!person) throw notFound();
  const employments = await employmentsOfPerson(deps.db, organizationId, personId);
  return { personId, unitIds: scopeUnitsOn(employments, today(deps.clock)) };
}
