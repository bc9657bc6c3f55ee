import { randomUUID } from 'node:crypto';
import type { TTalk, TUpdateTalk } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { updateTalk } from '../repo/talks.repo';
import { orgOf } from './access';
import { EMPTY_TOPICS } from './present-talk';
import { presentTalkFrom, requireTalk } from './talk-access';

/**
 * The employee or their manager records the talk: the date it was held, notes per agenda topic and
 * agreements. Any change to the record withdraws both confirmations — each side confirms what the
 * record says now.
 */
export async function changeTalk(deps: Deps, actor: Actor, id: string, input: TUpdateTalk): Promise<TTalk> {
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  if (patch.heldOn && patch.heldOn > today(deps.clock)) throw invalidField('heldOn', 'in_future');
  return deps.db.transaction(async (tx) => {
    const { talk, ...access } = await requireTalk(tx, actor, 'llo.talk.write', id);
    const recordChanged =
      patch.notes !== undefined || patch.agreements !== undefined || patch.heldOn !== undefined;
    const row = await updateTalk(tx, organizationId, id, version, {
      ...(patch.plannedOn ? { plannedOn: patch.plannedOn } : {}),
      ...(patch.heldOn !== undefined ? { heldOn: patch.heldOn } : {}),
      ...(patch.notes ? { notes: { ...EMPTY_TOPICS, ...patch.notes } } : {}),
      ...(patch.agreements
        ? {
            agreements: patch.agreements.map((a) => ({
              id: a.id ?? randomUUID(),
              text: a.text,
              owner: a.owner,
              dueOn: a.dueOn,
            })),
          }
        : {}),
      ...(recordChanged
        ? { employeeConfirmedAt: null, managerConfirmedAt: null, managerConfirmedByPersonId: null }
        : {}),
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.talk.updated',
      resourceType: 'llo_talk',
      resourceId: id,
      subjectPersonId: talk.personId,
      details: { fields: Object.keys(patch) },
    });
    return presentTalkFrom(tx, actor, row, access);
  });
}
