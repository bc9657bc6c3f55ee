import type { TToetsing, TToetsingInput } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { rie } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import {
  type AssessmentRow,
  findAssessment,
  insertToetsing,
  listAssessments,
  listToetsing,
  type ToetsingRow,
  workforceOn,
} from '../repo/arbo.repo';
import { presentOfficers } from './arbo-register.service';

const orgOf = (actor: Actor) => actor.organizationId as string;

export const presentToetsing = (x: ToetsingRow, years: Map<string, number>): TToetsing => ({
  id: x.id,
  assessmentId: x.assessmentId,
  assessmentYear: x.assessmentId ? (years.get(x.assessmentId) ?? null) : null,
  toetsedOn: x.toetsedOn,
  scope: x.scope,
  expertName: x.expertName,
  expertCertification: x.expertCertification,
  expertRegistration: x.expertRegistration,
  verdict: x.verdict,
  outcome: x.outcome,
});

const yearsOf = (assessments: AssessmentRow[]) => new Map(assessments.map((a) => [a.id, a.year]));

export const coverageOf = (rows: readonly ToetsingRow[]) =>
  rie.toetsingCoverage(rows.map((r) => ({ scope: r.scope, toetsedOn: r.toetsedOn, verdict: r.verdict })));

/**
 * The assessment the toetsing duty is judged on: the one asked for, else the newest of the whole
 * organisation, else the newest of any unit.
 */
async function dutyAssessment(db: DbOrTx, organizationId: string, assessmentId: string | undefined) {
  const all = await listAssessments(db, organizationId); // newest year first
  if (assessmentId) {
    const a = all.find((x) => x.id === assessmentId);
    if (!a) throw invalidField('assessmentId', 'unknown_reference');
    return { assessment: a, all };
  }
  return { assessment: all.find((a) => a.unitId === null) ?? all[0] ?? null, all };
}

/**
 * Toetsing and preventiemedewerker duties from the workforce today (headcount of people with a running
 * employment, the sum of their contract hours per week) and whether the assessment was made with a
 * recognised branche instrument, as stored on the assessment.
 */
export async function arboDuties(deps: Deps, actor: Actor, q: { assessmentId?: string | undefined }) {
  authorize(actor, 'arbo.duties.read');
  const organizationId = orgOf(actor);
  const { assessment, all } = await dutyAssessment(deps.db, organizationId, q.assessmentId);
  const { headcount, hours } = await workforceOn(deps.db, organizationId, today(deps.clock));
  const usesRecognisedBrancheInstrument = assessment?.usesRecognisedBrancheInstrument ?? false;
  const toetsing = rie.toetsingRequirement({
    employeeCount: headcount,
    paidHoursPerWeekTotal: hours,
    usesRecognisedBrancheInstrument,
    volunteersOnly: false,
  });
  const pm = rie.preventiemedewerkerRule({ employeeCount: headcount });
  const [officers, toetsingen] = await Promise.all([
    presentOfficers(deps.db, organizationId),
    listToetsing(deps.db, organizationId),
  ]);
  const years = yearsOf(all);
  return {
    employeeCount: headcount,
    paidHoursPerWeekTotal: hours,
    assessment: assessment
      ? {
          id: assessment.id,
          year: assessment.year,
          unitId: assessment.unitId,
          status: assessment.status,
          brancheInstrumentName: assessment.brancheInstrumentName,
        }
      : null,
    usesRecognisedBrancheInstrument,
    toetsing,
    toetsingCoverage: assessment
      ? coverageOf(toetsingen.filter((x) => x.assessmentId === assessment.id))
      : null,
    preventiemedewerker: { ...pm, current: officers[0] ?? null },
    latestToetsing: toetsingen[0] ? presentToetsing(toetsingen[0], years) : null,
  };
}

/** Every toetsing recorded (of one assessment when asked), newest first: the history, not only the latest. */
export async function toetsingList(deps: Deps, actor: Actor, q: { assessmentId?: string | undefined } = {}) {
  authorize(actor, 'arbo.duties.read');
  const organizationId = orgOf(actor);
  const [rows, assessments] = await Promise.all([
    listToetsing(deps.db, organizationId, q.assessmentId),
    listAssessments(deps.db, organizationId),
  ]);
  const years = yearsOf(assessments);
  return { items: rows.map((r) => presentToetsing(r, years)) };
}

export async function recordToetsing(deps: Deps, actor: Actor, input: TToetsingInput) {
  authorize(actor, 'arbo.duties.write');
  const organizationId = orgOf(actor);
  // Before 1 Jul 2022 there was one toets of the whole RI&E (domain-rules §4).
  if (!rie.isToetsingScopeAllowed(input.scope, input.toetsedOn))
    throw invalidField('scope', 'toetsing_scope_before_split', { date: rie.TOETSING_SPLIT_FROM });
  if (input.toetsedOn > today(deps.clock)) throw invalidField('toetsedOn', 'in_future');
  return deps.db.transaction(async (tx) => {
    const a = input.assessmentId ? await findAssessment(tx, organizationId, input.assessmentId) : undefined;
    if (input.assessmentId && !a) throw invalidField('assessmentId', 'unknown_reference');
    const row = await insertToetsing(tx, {
      organizationId,
      ...input,
      expertRegistration: input.expertRegistration ?? null,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'toetsing.recorded',
      resourceType: 'rie_toetsing',
      resourceId: row.id,
      details: { assessmentId: row.assessmentId, scope: row.scope, verdict: row.verdict },
    });
    return presentToetsing(row, new Map(a ? [[a.id, a.year]] : []));
  });
}
