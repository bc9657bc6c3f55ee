import type { TCompleteLearningRequest, TLearningRequest } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, invalidField, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findCertificateType } from '../reference-data';
import { insertCertificate } from '../repo/certificates.repo';
import { findProfileSkillByRef, insertProfileSkill, updateProfileSkill } from '../repo/profile.repo';
import { type RequestRow, updateRequest } from '../repo/requests.repo';
import { orgOf } from './access';
import { presentOne, requireRequest } from './request-access';

/**
 * Completed learning goes on the skills profile: a skill not yet held is added at the level the
 * activity teaches, a skill held at a lower level is raised; both with source "learning".
 */
async function addLearnedSkills(db: DbOrTx, r: RequestRow, day: string) {
  const added: string[] = [];
  for (const s of r.skills) {
    const current = await findProfileSkillByRef(db, r.organizationId, r.personId, s.ref);
    if (!current) {
      await insertProfileSkill(db, {
        organizationId: r.organizationId,
        personId: r.personId,
        skillRef: s.ref,
        level: s.level,
        source: 'learning',
        assessedOn: day,
        learningRequestId: r.id,
      });
      added.push(s.ref);
    } else if (current.level < s.level) {
      await updateProfileSkill(db, r.organizationId, current.id, current.version, {
        level: s.level,
        source: 'learning',
        assessedOn: day,
        learningRequestId: r.id,
        confirmedByPersonId: null,
        confirmedOn: null,
      });
      added.push(s.ref);
    }
  }
  return added;
}

/**
 * The manager (or HR) records that an approved activity was completed: the actual cost and hours
 * are charged to the budget, the skills it teaches go on the profile, and a certificate it grants is
 * recorded (expiry from the certificate, else suggested from its type).
 */
export async function completeLearningRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TCompleteLearningRequest,
  lang: Lang,
): Promise<TLearningRequest> {
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  if (input.completedOn > day) throw invalidField('completedOn', 'in_future');
  return deps.db.transaction(async (tx) => {
    const { request, isSelf } = await requireRequest(tx, actor, 'llo.request.complete', id);
    if (isSelf) throw new AppError(403, 'cannot_complete_own_request');
    if (request.status !== 'approved') throw new AppError(409, 'request_not_approved');
    if (request.startOn && input.completedOn < request.startOn)
      throw invalidField('completedOn', 'before_start');
    const row = await updateRequest(tx, organizationId, id, input.version, {
      status: 'completed',
      completedOn: input.completedOn,
      actualCostCents: input.actualCostCents ?? request.costCents,
      actualHours: input.actualHours ?? request.hours,
    });
    if (!row) throw staleVersion();
    const skills = await addLearnedSkills(tx, row, input.completedOn);
    const type = row.certificateType ? findCertificateType(row.certificateType) : undefined;
    let certificateId: string | null = null;
    if (type) {
      const obtainedOn = input.certificate?.obtainedOn ?? input.completedOn;
      const certificate = await insertCertificate(tx, {
        organizationId,
        personId: row.personId,
        type: type.id,
        name: type.name.nl,
        issuer: row.provider,
        number: input.certificate?.number ?? null,
        obtainedOn,
        expiresOn:
          input.certificate?.expiresOn !== undefined
            ? input.certificate.expiresOn
            : llo.suggestedExpiry(obtainedOn, type.usualValidityMonths),
        learningRequestId: row.id,
      });
      certificateId = certificate.id;
    }
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.request.completed',
      resourceType: 'llo_request',
      resourceId: id,
      subjectPersonId: row.personId,
      details: { skills, certificateId, actualCostCents: row.actualCostCents, actualHours: row.actualHours },
    });
    return presentOne(tx, deps.clock, actor, row, lang);
  });
}
