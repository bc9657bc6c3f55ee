import type { TCreateGoal, TGoal } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { insertGoal } from '../repo/pop.repo';
import { orgOf, requirePerson } from './access';
import { goalContext } from './goal-context';
import { checkGoal, withActionIds } from './goal-input';
import { presentGoal } from './present-goal';

/** The person (or their manager) adds a goal to the POP. */
export async function createGoal(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TCreateGoal,
  lang: Lang,
): Promise<TGoal> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'llo.pop.write', personId);
    const ctx = await goalContext(tx, deps.clock, organizationId, personId, lang);
    await checkGoal(tx, organizationId, ctx.cat, input, input.actions);
    const goal = await insertGoal(tx, {
      organizationId,
      personId,
      title: input.title,
      description: input.description ?? '',
      targetKind: input.targetKind,
      targetOccupationUri: input.targetKind === 'occupation' ? (input.targetOccupationUri ?? null) : null,
      targetRoleId: input.targetKind === 'role' ? (input.targetRoleId ?? null) : null,
      targetSkills: input.targetSkills,
      deadline: input.deadline ?? null,
      actions: withActionIds(input.actions),
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.pop-goal.created',
      resourceType: 'llo_pop_goal',
      resourceId: goal.id,
      subjectPersonId: personId,
      details: { targetKind: goal.targetKind },
    });
    return presentGoal(goal, ctx);
  });
}
