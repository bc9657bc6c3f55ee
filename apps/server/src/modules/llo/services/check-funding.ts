import type { TFundingCheck } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { listEmployments } from '../../people/repo/people.repo';
import { personNames } from '../repo/names.repo';
import { listRequests } from '../repo/requests.repo';
import { may, orgOf } from './access';
import { allSchemes, presentScheme } from './funding-schemes';

/**
 * Which funding schemes may pay for a request or a group of requests today, and why others do not.
 * The organisation's size is its staff in FTE (annual work units, EU Recommendation 2003/361/EC
 * annex art. 5) from today's running employments. An ended scheme comes out "not available".
 */
export async function checkFunding(
  deps: Deps,
  actor: Actor,
  requestIds: readonly string[],
): Promise<TFundingCheck> {
  authorize(actor, 'llo.funding.check');
  const { db } = deps;
  const organizationId = orgOf(actor);
  const on = today(deps.clock);
  const [rows, employments, org] = await Promise.all([
    listRequests(db, organizationId, { ids: requestIds }),
    listEmployments(db, organizationId),
    findOrganization(db, organizationId),
  ]);
  const units = (personId: string) => employments.filter((e) => e.personId === personId).map((e) => e.unitId);
  const visible = new Map(
    rows.filter((r) => may(actor, 'llo.funding.check', r.personId, units(r.personId))).map((r) => [r.id, r]),
  );
  const missing = requestIds.flatMap((id, i) =>
    visible.has(id) ? [] : [{ field: `requestIds[${i}]`, code: 'unknown_reference' }],
  );
  if (missing.length) throw new AppError(422, 'validation_failed', missing);
  const fullTime = org?.fullTimeHours ?? 40;
  const staffFte =
    Math.round(
      employments
        .filter((e) => e.startDate <= on && (!e.endDate || e.endDate >= on))
        .reduce((s, e) => s + e.hoursPerWeek / fullTime, 0) * 10,
    ) / 10;
  const requests = [...visible.values()].map((r) => ({
    id: r.id,
    personId: r.personId,
    activity: llo.fundingActivityOf(r.kind),
    costCents: r.status === 'completed' ? (r.actualCostCents ?? r.costCents) : r.costCents,
    title: r.title,
  }));
  const names = await personNames(
    db,
    organizationId,
    requests.map((r) => r.personId),
  );
  const schemes = (await allSchemes(db, organizationId)).filter((s) => !s.own || s.own.isActive);
  const byId = new Map(schemes.map((s) => [s.scheme.id, s]));
  const verdicts = llo.evaluateSchemes(
    schemes.map((s) => s.scheme),
    requests,
    { on, staffFte },
  );
  return {
    on,
    staffFte,
    requests: requests.map((r) => ({
      id: r.id,
      title: r.title,
      personName: names.get(r.personId) ?? '',
      activity: r.activity,
      costCents: r.costCents,
    })),
    verdicts: verdicts.map((v) => {
      const s = byId.get(v.schemeId);
      if (!s) throw new Error(`unknown scheme ${v.schemeId}`);
      const { schemeId: _, availability: __, ...rest } = v;
      return { scheme: presentScheme(s.scheme, on, s.own), ...rest };
    }),
  };
}
