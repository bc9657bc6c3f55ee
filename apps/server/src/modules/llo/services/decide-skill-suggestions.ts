import type { TAcceptSuggestions } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, type FieldError } from '../../../platform/http/problem';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { today } from '../../../platform/today';
import {
  deleteRejections,
  insertProfileSkill,
  insertRejections,
  listProfileSkills,
  listRejections,
} from '../repo/profile.repo';
import { currentEmployment, orgOf, requirePerson } from './access';
import { suggestionsFor } from './present-profile';
import { occupationOf, skillCatalog } from './skill-labels';

/** The refs currently suggested to the person (from their occupation), or 422 naming the others. */
async function checkSuggested(
  db: DbOrTx,
  day: string,
  actor: Actor,
  personId: string,
  refs: readonly string[],
  field: (i: number) => string,
) {
  const organizationId = orgOf(actor);
  const { employments } = await requirePerson(db, actor, 'llo.profile.own', personId);
  const occ = occupationOf(currentEmployment(employments, day)?.escoOccupationUri, 'en');
  const cat = await skillCatalog(db, organizationId, 'en');
  const rows = await listProfileSkills(db, organizationId, personId);
  const rejected = new Set((await listRejections(db, organizationId, personId)).map((r) => r.skillRef));
  const open = new Set(
    occ ? suggestionsFor(occ.occupation, escoTaxonomy().skills, rows, rejected, cat).map((s) => s.ref) : [],
  );
  const errors: FieldError[] = refs.flatMap((ref, i) =>
    open.has(ref) ? [] : [{ field: field(i), code: 'not_suggested' }],
  );
  if (errors.length) throw new AppError(422, 'validation_failed', errors);
}

/** The person accepts suggested skills at the levels they choose (source: occupation). */
export async function acceptSkillSuggestions(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TAcceptSuggestions,
) {
  const organizationId = orgOf(actor);
  const refs = input.items.map((i) => i.ref);
  return deps.db.transaction(async (tx) => {
    const day = today(deps.clock);
    await checkSuggested(tx, day, actor, personId, refs, (i) => `items[${i}].ref`);
    let added = 0;
    for (const item of input.items) {
      const row = await insertProfileSkill(tx, {
        organizationId,
        personId,
        skillRef: item.ref,
        level: item.level,
        source: 'occupation',
        assessedOn: day,
      });
      if (row) added++;
    }
    await deleteRejections(tx, organizationId, personId, refs);
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.skill-suggestions.accepted',
      resourceType: 'llo_profile_skill',
      subjectPersonId: personId,
      details: { count: added, refs },
    });
    return { added };
  });
}

/** The person turns suggestions down; they are not suggested again (adding them by hand still works). */
export async function rejectSkillSuggestions(
  deps: Deps,
  actor: Actor,
  personId: string,
  refs: readonly string[],
) {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await checkSuggested(tx, today(deps.clock), actor, personId, refs, (i) => `refs[${i}]`);
    await insertRejections(tx, organizationId, personId, refs, today(deps.clock));
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.skill-suggestions.rejected',
      resourceType: 'llo_profile_skill',
      subjectPersonId: personId,
      details: { count: refs.length, refs },
    });
    return { rejected: refs.length };
  });
}
