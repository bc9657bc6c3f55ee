import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, notFound } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { interventionCatalogue } from '../bundled-data';
import { currentUnitsOf, deleteSignup, insertSignup } from '../repo/interventions.repo';
import { listInterventions } from './list-interventions';

/**
 * Sign up (or withdraw) for an intervention, for oneself only. HR later sees counts, never names.
 * Not written to the audit log on purpose: HR reads that log, and "who signed up for debt
 * counselling" is exactly what the counts-only rule keeps from the employer.
 */
export async function setInterventionSignUp(
  deps: Deps,
  actor: Actor,
  interventionId: string,
  signUp: boolean,
) {
  authorize(actor, 'vitality.intervention.signup');
  const organizationId = orgOf(actor);
  const intervention = interventionCatalogue().find((i) => i.id === interventionId);
  if (!intervention || !actor.personId) throw notFound();
  if (signUp) {
    if (!intervention.signUp) throw new AppError(409, 'no_sign_up');
    const [unitId] = await currentUnitsOf(deps.db, organizationId, actor.personId, today(deps.clock));
    await insertSignup(deps.db, {
      organizationId,
      interventionId,
      personId: actor.personId,
      unitId: unitId ?? null,
    });
  } else await deleteSignup(deps.db, organizationId, interventionId, actor.personId);
  return (await listInterventions(deps, actor)).items.find((i) => i.id === interventionId);
}
