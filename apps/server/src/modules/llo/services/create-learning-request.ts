import type { TCreateLearningRequest, TLearningRequest } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, type FieldError } from '../../../platform/http/problem';
import { findLearningItem } from '../repo/catalogue.repo';
import { findGoal } from '../repo/pop.repo';
import { insertRequest } from '../repo/requests.repo';
import { orgOf, requirePerson } from './access';
import { presentOne } from './request-access';
import { skillCatalog } from './skill-labels';

/**
 * The employee asks for a learning activity: from the catalogue (its title, kind, provider, cost,
 * hours, skills and certificate are copied, so a later catalogue change does not alter the request)
 * or described freely.
 */
export async function createLearningRequest(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TCreateLearningRequest,
  lang: Lang,
): Promise<TLearningRequest> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'llo.request.create', personId);
    const errors: FieldError[] = [];
    const item = input.learningItemId
      ? await findLearningItem(tx, organizationId, input.learningItemId)
      : undefined;
    if (input.learningItemId && !item) errors.push({ field: 'learningItemId', code: 'unknown_reference' });
    if (item && !item.isActive) errors.push({ field: 'learningItemId', code: 'learning_item_inactive' });
    const title = input.title ?? item?.title;
    if (!title) errors.push({ field: 'title', code: 'required' });
    if (!input.learningItemId && !input.kind) errors.push({ field: 'kind', code: 'required' });
    if (input.popGoalId) {
      const goal = await findGoal(tx, organizationId, input.popGoalId);
      if (!goal || goal.personId !== personId) errors.push({ field: 'popGoalId', code: 'unknown_reference' });
    }
    if (input.startOn && input.endOn && input.endOn < input.startOn)
      errors.push({ field: 'endOn', code: 'end_before_start' });
    const cat = await skillCatalog(tx, organizationId, lang);
    (input.skills ?? []).forEach((s, i) => {
      if (!cat.isKnown(s.ref)) errors.push({ field: `skills[${i}].ref`, code: 'unknown_skill' });
    });
    if (errors.length) throw new AppError(422, 'validation_failed', errors);
    const row = await insertRequest(tx, {
      organizationId,
      personId,
      learningItemId: item?.id ?? null,
      popGoalId: input.popGoalId ?? null,
      title: title as string,
      kind: input.kind ?? item?.kind ?? 'course',
      provider: input.provider !== undefined ? input.provider : (item?.provider ?? null),
      costCents: input.costCents ?? item?.costCents ?? 0,
      hours: input.hours ?? item?.durationHours ?? 0,
      startOn: input.startOn ?? null,
      endOn: input.endOn ?? null,
      motivation: input.motivation ?? '',
      skills: input.skills ?? item?.skills ?? [],
      certificateType: item?.certificateType ?? null,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.request.submitted',
      resourceType: 'llo_request',
      resourceId: row.id,
      subjectPersonId: personId,
      details: { title: row.title, costCents: row.costCents, hours: row.hours },
    });
    return presentOne(tx, deps.clock, actor, row, lang);
  });
}
