import type { TTalk } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { orgOf } from './access';
import { presentTalkFrom, requireTalk } from './talk-access';

/** One development talk; a read by anyone but the employee is audited ("who viewed my file"). */
export async function getTalk(deps: Deps, actor: Actor, id: string): Promise<TTalk> {
  const { talk, ...access } = await requireTalk(deps.db, actor, 'llo.talk.read', id);
  if (!access.isSelf)
    await recordAudit(deps.db, actor, orgOf(actor), {
      action: 'llo.talk.viewed',
      resourceType: 'llo_talk',
      resourceId: id,
      subjectPersonId: talk.personId,
    });
  return presentTalkFrom(deps.db, actor, talk, access);
}
