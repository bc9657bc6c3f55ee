import { addDays } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { listEmployments } from '../../people/repo/people.repo';
import { listExpiringCertificates } from '../repo/certificates.repo';
import { personNames } from '../repo/names.repo';
import { may, orgOf } from './access';
import { presentCertificate } from './present-certificate';

/** Certificates expiring within `withinDays` (and expired ones), for HR and the managers of the units. */
export async function listExpiring(deps: Deps, actor: Actor, withinDays: number) {
  const scope = authorize(actor, 'llo.certificate.expiring');
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  let rows = await listExpiringCertificates(deps.db, organizationId, addDays(day, withinDays));
  if (scope !== 'organization') {
    const employments = await listEmployments(deps.db, organizationId);
    const units = (personId: string) =>
      employments.filter((e) => e.personId === personId).map((e) => e.unitId);
    rows = rows.filter((r) => may(actor, 'llo.certificate.expiring', r.personId, units(r.personId)));
  }
  const names = await personNames(
    deps.db,
    organizationId,
    rows.map((r) => r.personId),
  );
  return { items: rows.map((r) => presentCertificate(r, names.get(r.personId) ?? '', day)) };
}
