import type { TLearningRequest } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, staleVersion } from '../../../platform/http/problem';
import { updateRequest } from '../repo/requests.repo';
import { orgOf } from './access';
import { presentOne, requireRequest } from './request-access';

/** The employee (or HR) withdraws a request that is not decided or not completed yet; its budget is freed. */
export async function cancelLearningRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
  lang: Lang,
): Promise<TLearningRequest> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { request } = await requireRequest(tx, actor, 'llo.request.cancel', id);
    if (request.status !== 'submitted' && request.status !== 'approved')
      throw new AppError(409, 'request_closed');
    const row = await updateRequest(tx, organizationId, id, version, { status: 'cancelled' });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.request.cancelled',
      resourceType: 'llo_request',
      resourceId: id,
      subjectPersonId: request.personId,
      details: { previousStatus: request.status },
    });
    return presentOne(tx, deps.clock, actor, row, lang);
  });
}
