import type { TCertificate } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { CertificateRow } from '../repo/certificates.repo';

export function presentCertificate(r: CertificateRow, personName: string, day: string): TCertificate {
  const { status, daysLeft } = llo.certificateStatus(r.expiresOn, day);
  return {
    id: r.id,
    personId: r.personId,
    personName,
    type: r.type,
    name: r.name,
    issuer: r.issuer,
    number: r.number,
    obtainedOn: r.obtainedOn,
    expiresOn: r.expiresOn,
    status,
    daysLeft,
    learningRequestId: r.learningRequestId,
    version: r.version,
  };
}
