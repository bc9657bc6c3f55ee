import type { TTalk } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import type { EmploymentRow, PersonRow } from '../../people/repo/people.repo';
import { displayName } from '../../people/repo/people.repo';
import type { PreparationRow, TalkRow } from '../repo/talks.repo';
import { may } from './access';

export const EMPTY_TOPICS = { work: '', health: '', skills: '', learning: '', ambition: '' };

/**
 * A talk as the actor may see it. The preparation is the employee's own until they share it: anyone
 * else gets `preparation: null` and is not even told whether one exists.
 */
export function presentTalk(
  actor: Actor,
  talk: TalkRow,
  preparation: PreparationRow | undefined,
  person: PersonRow,
  employments: readonly EmploymentRow[],
  names: ReadonlyMap<string, string>,
): TTalk {
  const isEmployee = actor.personId === talk.personId;
  const canEdit = may(
    actor,
    'llo.talk.write',
    talk.personId,
    employments.map((e) => e.unitId),
  );
  const showPreparation = !!preparation && (isEmployee || !!preparation.sharedAt);
  return {
    id: talk.id,
    personId: talk.personId,
    personName: displayName(person),
    managerPersonId: talk.managerPersonId,
    managerName: talk.managerPersonId ? (names.get(talk.managerPersonId) ?? null) : null,
    plannedOn: talk.plannedOn,
    heldOn: talk.heldOn,
    state: llo.talkState({
      heldOn: talk.heldOn,
      employeeConfirmed: !!talk.employeeConfirmedAt,
      managerConfirmed: !!talk.managerConfirmedAt,
    }),
    notes: { ...EMPTY_TOPICS, ...talk.notes },
    agreements: talk.agreements,
    employeeConfirmedAt: talk.employeeConfirmedAt?.toISOString() ?? null,
    managerConfirmedAt: talk.managerConfirmedAt?.toISOString() ?? null,
    preparation:
      showPreparation && preparation
        ? {
            answers: { ...EMPTY_TOPICS, ...preparation.answers },
            sharedAt: preparation.sharedAt?.toISOString() ?? null,
            version: preparation.version,
          }
        : null,
    hasPrivatePreparation: isEmployee && !!preparation && !preparation.sharedAt,
    isEmployee,
    canEdit,
    confirmAs: isEmployee ? 'employee' : canEdit ? 'manager' : null,
    version: talk.version,
  };
}
