import type { TInterventionItem } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { interventionCatalogue } from '../bundled-data';
import { currentUnitsOf, offeredTo, signupsOfPerson } from '../repo/interventions.repo';

/** The catalogue with the person's own sign-ups and what HR recommended for their unit. */
export async function listInterventions(deps: Deps, actor: Actor): Promise<{ items: TInterventionItem[] }> {
  authorize(actor, 'vitality.intervention.read');
  const organizationId = orgOf(actor);
  const mine = actor.personId
    ? new Set((await signupsOfPerson(deps.db, organizationId, actor.personId)).map((s) => s.interventionId))
    : new Set<string>();
  const units = actor.personId
    ? await currentUnitsOf(deps.db, organizationId, actor.personId, today(deps.clock))
    : [];
  const recommended = await offeredTo(deps.db, organizationId, units);
  return {
    items: interventionCatalogue().map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      topic: i.topic,
      pillar: i.pillar,
      targetGroup: i.targetGroup,
      format: i.format,
      duration: i.duration,
      cost: i.cost,
      signUp: i.signUp,
      signedUp: mine.has(i.id),
      recommended: recommended.has(i.id),
    })),
  };
}
