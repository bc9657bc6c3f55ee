import type { TTalk } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, staleVersion } from '../../../platform/http/problem';
import { updateTalk } from '../repo/talks.repo';
import { orgOf } from './access';
import { presentTalkFrom, requireTalk } from './talk-access';

/** The employee or the manager confirms the record of a held talk, each for their own side. */
export async function confirmTalk(deps: Deps, actor: Actor, id: string, version: number): Promise<TTalk> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { talk, ...access } = await requireTalk(tx, actor, 'llo.talk.write', id);
    if (!talk.heldOn) throw new AppError(409, 'talk_not_held');
    const now = deps.clock.now();
    const row = await updateTalk(
      tx,
      organizationId,
      id,
      version,
      access.isSelf
        ? { employeeConfirmedAt: now }
        : { managerConfirmedAt: now, managerConfirmedByPersonId: actor.personId },
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.talk.confirmed',
      resourceType: 'llo_talk',
      resourceId: id,
      subjectPersonId: talk.personId,
      details: { as: access.isSelf ? 'employee' : 'manager' },
    });
    return presentTalkFrom(tx, actor, row, access);
  });
}
