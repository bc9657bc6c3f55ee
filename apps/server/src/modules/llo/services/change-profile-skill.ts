import type { TProfileSkill } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findProfileSkill, updateProfileSkill } from '../repo/profile.repo';
import { orgOf, requirePerson } from './access';
import { presentProfileSkill } from './present-profile';
import { skillCatalog } from './skill-labels';

/**
 * The person sets their own level of a skill. That is a self-assessment again: a manager's earlier
 * confirmation was of the old level, so it is cleared.
 */
export async function changeProfileSkill(
  deps: Deps,
  actor: Actor,
  personId: string,
  id: string,
  input: { level: number; version: number },
  lang: Lang,
): Promise<TProfileSkill> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'llo.profile.own', personId);
    const current = await findProfileSkill(tx, organizationId, id);
    if (!current || current.personId !== personId) throw notFound();
    const row = await updateProfileSkill(tx, organizationId, id, input.version, {
      level: input.level,
      source: 'self_assessed',
      assessedOn: today(deps.clock),
      confirmedByPersonId: null,
      confirmedOn: null,
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.profile-skill.changed',
      resourceType: 'llo_profile_skill',
      resourceId: id,
      subjectPersonId: personId,
      details: { skillRef: row.skillRef, from: current.level, to: row.level },
    });
    return presentProfileSkill(row, await skillCatalog(tx, organizationId, lang), new Map());
  });
}
