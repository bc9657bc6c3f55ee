import type { TMobilityPreference } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { requirePerson } from '../../llo/services/access';
import {
  findPreference,
  insertPreference,
  type PreferenceRow,
  updatePreference,
} from '../repo/preferences.repo';

const present = (personId: string, row: PreferenceRow | undefined): TMobilityPreference => ({
  personId,
  isOpenToOtherWork: row?.isOpenToOtherWork ?? false,
  openSince: row?.isOpenToOtherWork ? row.openSince : null,
  version: row?.version ?? null,
});

/** Whether the person is open to other work (only they see and set it). */
export async function getPreference(
  deps: Deps,
  actor: Actor,
  personId: string,
): Promise<TMobilityPreference> {
  await requirePerson(deps.db, actor, 'mobility.preference.own', personId);
  return present(personId, await findPreference(deps.db, actor.organizationId as string, personId));
}

/** The person opts in (or out): only people who opted in appear as candidates for openings. */
export async function setPreference(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: { isOpenToOtherWork: boolean; version: number | null },
): Promise<TMobilityPreference> {
  const organizationId = actor.organizationId as string;
  return deps.db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'mobility.preference.own', personId);
    const current = await findPreference(tx, organizationId, personId);
    const openSince =
      input.isOpenToOtherWork && !current?.isOpenToOtherWork
        ? today(deps.clock)
        : (current?.openSince ?? null);
    let row: PreferenceRow | undefined;
    if (!current) {
      if (input.version !== null) throw staleVersion();
      row = await insertPreference(tx, {
        organizationId,
        personId,
        isOpenToOtherWork: input.isOpenToOtherWork,
        openSince: input.isOpenToOtherWork ? openSince : null,
      });
    } else {
      if (input.version === null) throw staleVersion();
      row = await updatePreference(tx, organizationId, current.id, input.version, {
        isOpenToOtherWork: input.isOpenToOtherWork,
        openSince: input.isOpenToOtherWork ? openSince : null,
      });
    }
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.preference.changed',
      resourceType: 'mobility_preference',
      resourceId: row.id,
      subjectPersonId: personId,
      details: { isOpenToOtherWork: row.isOpenToOtherWork },
    });
    return present(personId, row);
  });
}
