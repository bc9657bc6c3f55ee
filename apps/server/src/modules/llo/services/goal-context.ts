import type { DbOrTx } from '@inzetbaar/db';
import type { Clock } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { today } from '../../../platform/today';
import { listLearningItems } from '../repo/catalogue.repo';
import { listInternalRoles } from '../repo/custom-skills.repo';
import { listProfileSkills } from '../repo/profile.repo';
import type { GoalContext } from './present-goal';
import { skillCatalog } from './skill-labels';

/** What presenting a person's POP goals needs: their profile, the roles and the catalogue. */
export async function goalContext(
  db: DbOrTx,
  clock: Clock,
  organizationId: string,
  personId: string,
  lang: Lang,
): Promise<GoalContext> {
  const [cat, profile, roles, items] = await Promise.all([
    skillCatalog(db, organizationId, lang),
    listProfileSkills(db, organizationId, personId),
    listInternalRoles(db, organizationId),
    listLearningItems(db, organizationId),
  ]);
  return { cat, lang, day: today(clock), profile, roles: new Map(roles.map((r) => [r.id, r])), items };
}
