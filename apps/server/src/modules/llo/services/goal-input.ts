import { randomUUID } from 'node:crypto';
import type { TCreateGoal } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { LloGoalAction } from '@inzetbaar/db/schema/llo';
import { AppError, type FieldError } from '../../../platform/http/problem';
import { findLearningItem } from '../repo/catalogue.repo';
import { findInternalRole } from '../repo/custom-skills.repo';
import { occupationOf, type SkillCatalog } from './skill-labels';

type GoalTarget = Pick<TCreateGoal, 'targetKind' | 'targetSkills'> & {
  targetOccupationUri?: string | null | undefined;
  targetRoleId?: string | null | undefined;
};

/** A goal's target must name what it aims at; every skill, role and catalogue item must exist. */
export async function checkGoal(
  db: DbOrTx,
  organizationId: string,
  cat: SkillCatalog,
  goal: GoalTarget,
  actions: readonly { learningItemId: string | null }[],
) {
  const errors: FieldError[] = [];
  if (goal.targetKind === 'occupation') {
    if (!goal.targetOccupationUri) errors.push({ field: 'targetOccupationUri', code: 'required' });
    else if (!occupationOf(goal.targetOccupationUri, 'en'))
      errors.push({ field: 'targetOccupationUri', code: 'unknown_occupation' });
  }
  if (goal.targetKind === 'role') {
    if (!goal.targetRoleId) errors.push({ field: 'targetRoleId', code: 'required' });
    else if (!(await findInternalRole(db, organizationId, goal.targetRoleId)))
      errors.push({ field: 'targetRoleId', code: 'unknown_reference' });
  }
  if (goal.targetKind === 'skills' && goal.targetSkills.length === 0)
    errors.push({ field: 'targetSkills', code: 'required' });
  goal.targetSkills.forEach((s, i) => {
    if (!cat.isKnown(s.ref)) errors.push({ field: `targetSkills[${i}].ref`, code: 'unknown_skill' });
  });
  for (const [i, a] of actions.entries())
    if (a.learningItemId && !(await findLearningItem(db, organizationId, a.learningItemId)))
      errors.push({ field: `actions[${i}].learningItemId`, code: 'unknown_reference' });
  if (errors.length) throw new AppError(422, 'validation_failed', errors);
}

export const withActionIds = (
  actions: readonly {
    id?: string | undefined;
    text: string;
    dueOn: string | null;
    doneOn: string | null;
    learningItemId: string | null;
  }[],
): LloGoalAction[] =>
  actions.map((a) => ({
    id: a.id ?? randomUUID(),
    text: a.text,
    dueOn: a.dueOn,
    doneOn: a.doneOn,
    learningItemId: a.learningItemId,
  }));
