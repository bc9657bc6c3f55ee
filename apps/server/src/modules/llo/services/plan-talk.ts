import type { TCreateTalk, TTalk } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findPerson } from '../../people/repo/people.repo';
import { personNames } from '../repo/names.repo';
import { insertTalk } from '../repo/talks.repo';
import { currentEmployment, orgOf, requirePerson } from './access';
import { EMPTY_TOPICS, presentTalk } from './present-talk';

/**
 * Plan a development talk. The manager defaults to whoever plans it (a manager planning for their
 * team), else the manager of the person's current employment.
 */
export async function planTalk(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TCreateTalk,
): Promise<TTalk> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { person, employments, isSelf } = await requirePerson(tx, actor, 'llo.talk.plan', personId);
    let managerPersonId = input.managerPersonId;
    if (managerPersonId === undefined)
      managerPersonId =
        !isSelf && actor.roles.some((r) => r.role === 'manager')
          ? actor.personId
          : (currentEmployment(employments, today(deps.clock))?.managerPersonId ?? null);
    if (
      managerPersonId &&
      (managerPersonId === personId || !(await findPerson(tx, organizationId, managerPersonId)))
    )
      throw invalidField('managerPersonId', 'unknown_reference');
    const talk = await insertTalk(tx, {
      organizationId,
      personId,
      managerPersonId,
      plannedOn: input.plannedOn,
      notes: EMPTY_TOPICS,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.talk.planned',
      resourceType: 'llo_talk',
      resourceId: talk.id,
      subjectPersonId: personId,
      details: { plannedOn: talk.plannedOn },
    });
    const names = await personNames(tx, organizationId, [managerPersonId ?? null]);
    return presentTalk(actor, talk, undefined, person, employments, names);
  });
}
