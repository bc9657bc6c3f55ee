import type { TSkillsProfile } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { personNames } from '../repo/names.repo';
import { listProfileSkills, listRejections } from '../repo/profile.repo';
import { currentEmployment, may, orgOf, requirePerson } from './access';
import { presentProfileSkill, suggestionsFor } from './present-profile';
import { occupationOf, skillCatalog } from './skill-labels';

/** A person's skills profile; the person also gets the suggestions from their ESCO occupation. */
export async function getSkillsProfile(
  deps: Deps,
  actor: Actor,
  personId: string,
  lang: Lang,
): Promise<TSkillsProfile> {
  const { db } = deps;
  const organizationId = orgOf(actor);
  const { person, employments, isSelf } = await requirePerson(db, actor, 'llo.profile.read', personId);
  const [rows, rejections, cat] = await Promise.all([
    listProfileSkills(db, organizationId, personId),
    listRejections(db, organizationId, personId),
    skillCatalog(db, organizationId, lang),
  ]);
  const names = await personNames(
    db,
    organizationId,
    rows.map((r) => r.confirmedByPersonId),
  );
  const occ = occupationOf(currentEmployment(employments, today(deps.clock))?.escoOccupationUri, lang);
  const suggestions =
    isSelf && occ
      ? suggestionsFor(
          occ.occupation,
          escoTaxonomy().skills,
          rows,
          new Set(rejections.map((r) => r.skillRef)),
          cat,
        )
      : [];
  if (!isSelf)
    await recordAudit(db, actor, organizationId, {
      action: 'llo.profile.viewed',
      resourceType: 'llo_profile_skill',
      subjectPersonId: personId,
      details: { count: rows.length },
    });
  return {
    personId,
    personName: displayName(person),
    occupation: occ ? { uri: occ.occupation.uri, title: occ.title } : null,
    skills: rows.map((r) => presentProfileSkill(r, cat, names)),
    suggestions,
    isOwner: isSelf,
    canConfirm:
      !isSelf &&
      may(
        actor,
        'llo.profile.confirm',
        personId,
        employments.map((e) => e.unitId),
      ),
  };
}
