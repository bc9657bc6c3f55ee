import type { TProfileSkill } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { personNames } from '../repo/names.repo';
import { findProfileSkill, updateProfileSkill } from '../repo/profile.repo';
import { orgOf, requirePerson } from './access';
import { presentProfileSkill } from './present-profile';
import { skillCatalog } from './skill-labels';

/** The manager (or HR) confirms a skill of someone on their team, optionally at another level. */
export async function confirmProfileSkill(
  deps: Deps,
  actor: Actor,
  personId: string,
  id: string,
  input: { level?: number | undefined; version: number },
  lang: Lang,
): Promise<TProfileSkill> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { isSelf } = await requirePerson(tx, actor, 'llo.profile.confirm', personId);
    if (isSelf) throw new AppError(403, 'cannot_confirm_own_skill');
    const current = await findProfileSkill(tx, organizationId, id);
    if (!current || current.personId !== personId) throw notFound();
    const row = await updateProfileSkill(tx, organizationId, id, input.version, {
      level: input.level ?? current.level,
      source: 'manager_confirmed',
      confirmedByPersonId: actor.personId,
      confirmedOn: today(deps.clock),
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.profile-skill.confirmed',
      resourceType: 'llo_profile_skill',
      resourceId: id,
      subjectPersonId: personId,
      details: { skillRef: row.skillRef, level: row.level },
    });
    const names = await personNames(tx, organizationId, [actor.personId]);
    return presentProfileSkill(row, await skillCatalog(tx, organizationId, lang), names);
  });
}
