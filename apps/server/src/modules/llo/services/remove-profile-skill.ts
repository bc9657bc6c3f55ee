import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { notFound, staleVersion } from '../../../platform/http/problem';
import { deleteProfileSkill, findProfileSkill } from '../repo/profile.repo';
import { orgOf, requirePerson } from './access';

/** The person removes a skill from their own profile. */
export async function removeProfileSkill(
  deps: Deps,
  actor: Actor,
  personId: string,
  id: string,
  version: number,
) {
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'llo.profile.own', personId);
    const current = await findProfileSkill(tx, organizationId, id);
    if (!current || current.personId !== personId) throw notFound();
    if (!(await deleteProfileSkill(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.profile-skill.removed',
      resourceType: 'llo_profile_skill',
      resourceId: id,
      subjectPersonId: personId,
      details: { skillRef: current.skillRef, level: current.level },
    });
  });
}
