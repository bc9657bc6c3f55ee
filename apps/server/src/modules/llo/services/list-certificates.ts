import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { listCertificatesOf } from '../repo/certificates.repo';
import { orgOf, requirePerson } from './access';
import { presentCertificate } from './present-certificate';

/** A person's certificates, the first to expire first. */
export async function listPersonCertificates(deps: Deps, actor: Actor, personId: string) {
  const { person } = await requirePerson(deps.db, actor, 'llo.certificate.read', personId);
  const day = today(deps.clock);
  const rows = await listCertificatesOf(deps.db, orgOf(actor), personId);
  return { items: rows.map((r) => presentCertificate(r, displayName(person), day)) };
}
