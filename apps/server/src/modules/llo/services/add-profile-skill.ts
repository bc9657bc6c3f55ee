import type { TAddProfileSkill, TProfileSkill } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, invalidField } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { deleteRejections, insertProfileSkill } from '../repo/profile.repo';
import { orgOf, requirePerson } from './access';
import { presentProfileSkill } from './present-profile';
import { skillCatalog } from './skill-labels';

/** The person adds a skill to their own profile (self-assessed). */
export async function addProfileSkill(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TAddProfileSkill,
  lang: Lang,
): Promise<TProfileSkill> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'llo.profile.own', personId);
    const cat = await skillCatalog(tx, organizationId, lang);
    if (!cat.isKnown(input.ref)) throw invalidField('ref', 'unknown_skill');
    const row = await insertProfileSkill(tx, {
      organizationId,
      personId,
      skillRef: input.ref,
      level: input.level,
      source: 'self_assessed',
      assessedOn: today(deps.clock),
    });
    if (!row) throw new AppError(409, 'skill_already_on_profile');
    await deleteRejections(tx, organizationId, personId, [input.ref]);
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.profile-skill.added',
      resourceType: 'llo_profile_skill',
      resourceId: row.id,
      subjectPersonId: personId,
      details: { skillRef: row.skillRef, level: row.level },
    });
    return presentProfileSkill(row, cat, new Map());
  });
}
