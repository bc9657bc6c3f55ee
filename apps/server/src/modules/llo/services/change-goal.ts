import type { TGoal, TUpdateGoal } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { notFound, staleVersion } from '../../../platform/http/problem';
import { deleteGoal, findGoal, updateGoal } from '../repo/pop.repo';
import { orgOf, requirePerson } from './access';
import { goalContext } from './goal-context';
import { checkGoal, withActionIds } from './goal-input';
import { presentGoal } from './present-goal';

async function requireGoal(tx: DbOrTx, actor: Actor, id: string) {
  const goal = await findGoal(tx, orgOf(actor), id);
  if (!goal) throw notFound();
  await requirePerson(tx, actor, 'llo.pop.write', goal.personId);
  return goal;
}

/** Change a POP goal: target, deadline, actions (ticking one off moves the progress), status. */
export async function changeGoal(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateGoal,
  lang: Lang,
): Promise<TGoal> {
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await requireGoal(tx, actor, id);
    const ctx = await goalContext(tx, deps.clock, organizationId, current.personId, lang);
    const targetKind = patch.targetKind ?? current.targetKind;
    const merged = {
      targetKind,
      targetOccupationUri:
        patch.targetOccupationUri !== undefined ? patch.targetOccupationUri : current.targetOccupationUri,
      targetRoleId: patch.targetRoleId !== undefined ? patch.targetRoleId : current.targetRoleId,
      targetSkills: patch.targetSkills ?? current.targetSkills,
    };
    await checkGoal(tx, organizationId, ctx.cat, merged, patch.actions ?? []);
    const row = await updateGoal(tx, organizationId, id, version, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description ?? '' } : {}),
      targetKind,
      targetOccupationUri: targetKind === 'occupation' ? merged.targetOccupationUri : null,
      targetRoleId: targetKind === 'role' ? merged.targetRoleId : null,
      targetSkills: merged.targetSkills,
      ...(patch.deadline !== undefined ? { deadline: patch.deadline } : {}),
      ...(patch.actions ? { actions: withActionIds(patch.actions) } : {}),
      ...(patch.status ? { status: patch.status } : {}),
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.pop-goal.updated',
      resourceType: 'llo_pop_goal',
      resourceId: id,
      subjectPersonId: row.personId,
      details: { fields: Object.keys(patch) },
    });
    return presentGoal(row, ctx);
  });
}

export async function removeGoal(deps: Deps, actor: Actor, id: string, version: number) {
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await requireGoal(tx, actor, id);
    if (!(await deleteGoal(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.pop-goal.deleted',
      resourceType: 'llo_pop_goal',
      resourceId: id,
      subjectPersonId: current.personId,
      details: { title: current.title },
    });
  });
}
