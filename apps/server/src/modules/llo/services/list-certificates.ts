import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { listCertificatesOf } from '../repo/certificates.repo';
import { orgOf, requirePerson } from './access';
import { presentCertificate } from './present-certificate';

/** A person's certificates, the first to expire first. */
export async function listPersonCertificates(deps: Deps, actor: Actor, personId: string) {
  const { person, isSelf } = await requirePerson(deps.db, actor, 'llo.certificate.read', personId);
  const day = today(deps.clock);
  const organizationId = orgOf(actor);
  const rows = await listCertificatesOf(deps.db, organizationId, personId);
  if (!isSelf)
    await recordAudit(deps.db, actor, organizationId, {
      action: 'llo.certificates.viewed',
      resourceType: 'llo_certificate',
      subjectPersonId: personId,
      details: { count: rows.length },
    });
  return { items: rows.map((r) => presentCertificate(r, displayName(person), day)) };
}
