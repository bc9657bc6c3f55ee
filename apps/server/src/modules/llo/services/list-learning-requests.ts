import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { listEmployments } from '../../people/repo/people.repo';
import { listRequests, type RequestRow } from '../repo/requests.repo';
import { may, orgOf } from './access';
import { presentRequests } from './request-view';

/**
 * Learning requests the actor may see: HR all, a manager those of their units' people (and their
 * own), everyone else their own.
 */
export async function listLearningRequests(
  deps: Deps,
  actor: Actor,
  q: { status?: RequestRow['status'] | undefined; personId?: string | undefined },
  lang: Lang,
) {
  const scope = authorize(actor, 'llo.request.read');
  const organizationId = orgOf(actor);
  let rows = await listRequests(deps.db, organizationId, {
    status: q.status,
    ...(q.personId
      ? { personIds: [q.personId] }
      : scope === 'self'
        ? { personIds: [actor.personId ?? ''] }
        : {}),
  });
  if (scope !== 'organization') {
    const employments = await listEmployments(deps.db, organizationId);
    const units = (personId: string) =>
      employments.filter((e) => e.personId === personId).map((e) => e.unitId);
    rows = rows.filter((r) => may(actor, 'llo.request.read', r.personId, units(r.personId)));
  }
  return { items: await presentRequests(deps.db, deps.clock, actor, rows, lang) };
}
