import type { TCreateCertificate, TUpdateCertificate } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { certificateTypes, findCertificateType } from '../reference-data';
import {
  deleteCertificate,
  findCertificate,
  insertCertificate,
  updateCertificate,
} from '../repo/certificates.repo';
import { orgOf, requirePerson } from './access';
import { presentCertificate } from './present-certificate';

/** The certificate types the app knows, with their usual validity (a suggestion only). */
export function listCertificateTypes(actor: Actor) {
  authorize(actor, 'llo.certificate.read');
  return { items: certificateTypes().map(({ verify: _, ...t }) => t) };
}

/** Record a certificate for a person (the person, HR, or their manager). */
export async function createCertificate(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TCreateCertificate,
  lang: Lang,
) {
  const organizationId = orgOf(actor);
  const type = findCertificateType(input.type);
  if (!type) throw invalidField('type', 'unknown_certificate_type');
  const expiresOn =
    input.expiresOn !== undefined
      ? input.expiresOn
      : llo.suggestedExpiry(input.obtainedOn, type.usualValidityMonths);
  if (expiresOn && expiresOn < input.obtainedOn) throw invalidField('expiresOn', 'end_before_start');
  return deps.db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'llo.certificate.write', personId);
    const row = await insertCertificate(tx, {
      organizationId,
      personId,
      type: type.id,
      name: input.name ?? type.name[lang],
      issuer: input.issuer ?? null,
      number: input.number ?? null,
      obtainedOn: input.obtainedOn,
      expiresOn,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.certificate.created',
      resourceType: 'llo_certificate',
      resourceId: row.id,
      subjectPersonId: personId,
      details: { type: row.type, expiresOn: row.expiresOn },
    });
    return presentCertificate(row, displayName(person), today(deps.clock));
  });
}

export async function changeCertificate(deps: Deps, actor: Actor, id: string, input: TUpdateCertificate) {
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findCertificate(tx, organizationId, id);
    if (!current) throw notFound();
    const { person } = await requirePerson(tx, actor, 'llo.certificate.write', current.personId);
    const obtainedOn = patch.obtainedOn ?? current.obtainedOn;
    const expiresOn = patch.expiresOn !== undefined ? patch.expiresOn : current.expiresOn;
    if (expiresOn && expiresOn < obtainedOn) throw invalidField('expiresOn', 'end_before_start');
    const row = await updateCertificate(tx, organizationId, id, version, patch);
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.certificate.updated',
      resourceType: 'llo_certificate',
      resourceId: id,
      subjectPersonId: row.personId,
      details: { fields: Object.keys(patch) },
    });
    return presentCertificate(row, displayName(person), today(deps.clock));
  });
}

export async function removeCertificate(deps: Deps, actor: Actor, id: string, version: number) {
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findCertificate(tx, organizationId, id);
    if (!current) throw notFound();
    await requirePerson(tx, actor, 'llo.certificate.write', current.personId);
    if (!(await deleteCertificate(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.certificate.deleted',
      resourceType: 'llo_certificate',
      resourceId: id,
      subjectPersonId: current.personId,
      details: { type: current.type, name: current.name },
    });
  });
}
