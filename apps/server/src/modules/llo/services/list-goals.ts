import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { listGoals } from '../repo/pop.repo';
import { orgOf, requirePerson } from './access';
import { goalContext } from './goal-context';
import { presentGoal } from './present-goal';

/** The person's development plan (POP): goals with actions, progress and skill gaps. */
export async function listPersonGoals(deps: Deps, actor: Actor, personId: string, lang: Lang) {
  const organizationId = orgOf(actor);
  const { isSelf } = await requirePerson(deps.db, actor, 'llo.pop.read', personId);
  const goals = await listGoals(deps.db, organizationId, personId);
  const ctx = await goalContext(deps.db, deps.clock, organizationId, personId, lang);
  if (!isSelf)
    await recordAudit(deps.db, actor, organizationId, {
      action: 'llo.pop.viewed',
      resourceType: 'llo_pop_goal',
      subjectPersonId: personId,
      details: { count: goals.length },
    });
  return { items: goals.map((g) => presentGoal(g, ctx)) };
}
