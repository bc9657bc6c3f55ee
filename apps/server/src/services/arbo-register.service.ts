import type {
  TAccident,
  TAccidentInput,
  TUpdateAccident,
  ZConsentInput,
  ZPagoInput,
  ZPreventionOfficerInput,
  ZToetsingInput,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { rie } from '@inzetbaar/domain';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/policy';
import type { Deps } from '../http/context';
import { invalidField, notFound, staleVersion } from '../http/problem';
import {
  type AccidentRow,
  findAccident,
  findAssessment,
  findIncidentReport,
  headcountPerUnit,
  insertAccident,
  insertConsent,
  insertPagoOffer,
  insertPreventionOfficer,
  insertToetsing,
  listAccidents,
  listConsents,
  listPagoOffers,
  listPreventionOfficers,
  listToetsing,
  personNames,
  updateAccident,
  workforceOn,
} from '../repos/arbo.repo';
import { findPerson } from '../repos/people.repo';
import { findUnit, listUnits } from '../repos/units.repo';
import { recordAudit } from './record-audit';
import { today } from './today';

const orgOf = (actor: Actor) => actor.organizationId as string;

// ── accidents (Arbowet art. 9) ──
export function presentAccident(a: AccidentRow): TAccident {
  const duty = rie.accidentNotification({
    death: a.death,
    permanentInjury: a.permanentInjury,
    hospitalAdmission: a.hospitalCare,
    commuting: a.commuting,
    absenceWorkingDays: a.absenceWorkingDays,
    reportedToInspectorate: a.reportedToInspectorateOn !== null,
  });
  return {
    id: a.id,
    occurredOn: a.occurredOn,
    unitId: a.unitId,
    personId: a.personId,
    nature: a.nature,
    consequences: a.consequences,
    absenceWorkingDays: a.absenceWorkingDays,
    death: a.death,
    permanentInjury: a.permanentInjury,
    hospitalCare: a.hospitalCare,
    commuting: a.commuting,
    reportedToInspectorateOn: a.reportedToInspectorateOn,
    incidentReportId: a.incidentReportId,
    mustNotifyInspectorateImmediately: duty.mustNotifyInspectorateImmediately,
    mustRegister: duty.mustRegister,
    reasons: duty.reasons,
    version: a.version,
  };
}

async function checkAccidentRefs(db: DbOrTx, organizationId: string, v: Partial<TAccidentInput>) {
  if (v.unitId && !(await findUnit(db, organizationId, v.unitId)))
    throw invalidField('unitId', 'unknown_reference');
  if (v.personId && !(await findPerson(db, organizationId, v.personId)))
    throw invalidField('personId', 'unknown_reference');
  if (v.incidentReportId && !(await findIncidentReport(db, organizationId, v.incidentReportId)))
    throw invalidField('incidentReportId', 'unknown_reference');
}

export async function accidentRegister(
  deps: Deps,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined },
) {
  authorize(actor, 'accident.read');
  const organizationId = orgOf(actor);
  const rows = (await listAccidents(deps.db, organizationId)).filter(
    (a) => (!q.from || a.occurredOn >= q.from) && (!q.to || a.occurredOn <= q.to),
  );
  const [units, heads] = await Promise.all([
    listUnits(deps.db, organizationId),
    headcountPerUnit(deps.db, organizationId, today(deps.clock)),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const perUnit = new Map<string | null, { accidents: number; absenceWorkingDays: number }>();
  for (const a of rows) {
    if (a.commuting) continue;
    const cur = perUnit.get(a.unitId) ?? { accidents: 0, absenceWorkingDays: 0 };
    cur.accidents++;
    cur.absenceWorkingDays += a.absenceWorkingDays;
    perUnit.set(a.unitId, cur);
  }
  return {
    items: rows.map(presentAccident),
    perUnit: [...perUnit.entries()].map(([unitId, v]) => {
      const headcount = heads.get(unitId) ?? 0;
      return {
        unitId,
        unitName: unitId ? (unitName.get(unitId) ?? null) : null,
        ...v,
        headcount,
        per100Employees: headcount > 0 ? Math.round((v.accidents / headcount) * 1000) / 10 : null,
      };
    }),
  };
}

export async function createAccident(deps: Deps, actor: Actor, input: TAccidentInput) {
  authorize(actor, 'accident.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await checkAccidentRefs(tx, organizationId, input);
    const row = await insertAccident(tx, { organizationId, ...input });
    await recordAudit(tx, actor, organizationId, {
      action: 'accident.created',
      resourceType: 'accident',
      resourceId: row.id,
      subjectPersonId: row.personId,
    });
    return presentAccident(row);
  });
}

export async function changeAccident(deps: Deps, actor: Actor, id: string, input: TUpdateAccident) {
  authorize(actor, 'accident.write');
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    if (!(await findAccident(tx, organizationId, id))) throw notFound();
    await checkAccidentRefs(tx, organizationId, patch);
    const row = await updateAccident(tx, organizationId, id, version, patch);
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'accident.updated',
      resourceType: 'accident',
      resourceId: id,
      subjectPersonId: row.personId,
      details: { fields: Object.keys(patch) },
    });
    return presentAccident(row);
  });
}

// ── duties, toetsing, preventiemedewerker ──
const presentToetsing = (x: Awaited<ReturnType<typeof listToetsing>>[number]) => ({
  id: x.id,
  assessmentId: x.assessmentId,
  toetsedOn: x.toetsedOn,
  expertName: x.expertName,
  expertRegistration: x.expertRegistration,
  scope: x.scope,
  outcome: x.outcome,
});

async function presentOfficers(db: DbOrTx, organizationId: string) {
  const rows = await listPreventionOfficers(db, organizationId);
  const names = await personNames(
    db,
    organizationId,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    personName: r.personId ? (names.get(r.personId) ?? null) : null,
    employerActsPersonally: r.employerActsPersonally,
    appointedOn: r.appointedOn,
    worksCouncilConsentOn: r.worksCouncilConsentOn,
  }));
}

/**
 * Toetsing and preventiemedewerker duties from the workforce today: headcount (people with a running
 * employment) and the sum of their contract hours per week.
 */
export async function arboDuties(deps: Deps, actor: Actor, q: { recognisedInstrument: 'true' | 'false' }) {
  authorize(actor, 'arbo.duties.read');
  const organizationId = orgOf(actor);
  const { headcount, hours } = await workforceOn(deps.db, organizationId, today(deps.clock));
  const usesRecognisedBrancheInstrument = q.recognisedInstrument === 'true';
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
  return {
    employeeCount: headcount,
    paidHoursPerWeekTotal: hours,
    usesRecognisedBrancheInstrument,
    toetsing,
    preventiemedewerker: { ...pm, current: officers[0] ?? null },
    latestToetsing: toetsingen[0] ? presentToetsing(toetsingen[0]) : null,
  };
}

export async function toetsingList(deps: Deps, actor: Actor) {
  authorize(actor, 'arbo.duties.read');
  return { items: (await listToetsing(deps.db, orgOf(actor))).map(presentToetsing) };
}

export async function recordToetsing(deps: Deps, actor: Actor, input: z.infer<typeof ZToetsingInput>) {
  authorize(actor, 'arbo.duties.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    if (input.assessmentId && !(await findAssessment(tx, organizationId, input.assessmentId)))
      throw invalidField('assessmentId', 'unknown_reference');
    const row = await insertToetsing(tx, {
      organizationId,
      ...input,
      expertRegistration: input.expertRegistration ?? null,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'toetsing.recorded',
      resourceType: 'rie_toetsing',
      resourceId: row.id,
    });
    return presentToetsing(row);
  });
}

export async function preventionOfficerList(deps: Deps, actor: Actor) {
  authorize(actor, 'arbo.duties.read');
  return { items: await presentOfficers(deps.db, orgOf(actor)) };
}

export async function recordPreventionOfficer(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof ZPreventionOfficerInput>,
) {
  authorize(actor, 'arbo.duties.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    if (input.personId && !(await findPerson(tx, organizationId, input.personId)))
      throw invalidField('personId', 'unknown_reference');
    if (!input.personId && !input.employerActsPersonally) throw invalidField('personId', 'required');
    if (input.employerActsPersonally) {
      const { headcount } = await workforceOn(tx, organizationId, today(deps.clock));
      if (!rie.preventiemedewerkerRule({ employeeCount: headcount }).employerMayActAsPreventiemedewerker)
        throw invalidField('employerActsPersonally', 'employer_may_not_act');
    }
    const row = await insertPreventionOfficer(tx, { organizationId, ...input });
    await recordAudit(tx, actor, organizationId, {
      action: 'prevention-officer.recorded',
      resourceType: 'prevention_officer',
      resourceId: row.id,
      subjectPersonId: row.personId,
    });
    return (await presentOfficers(tx, organizationId)).find((o) => o.id === row.id) as Awaited<
      ReturnType<typeof presentOfficers>
    >[number];
  });
}

// ── works council consent ──
const presentConsent = (c: Awaited<ReturnType<typeof listConsents>>[number]) => ({
  id: c.id,
  assessmentId: c.assessmentId,
  decision: c.decision,
  decidedOn: c.decidedOn,
  notes: c.notes,
});

export async function consentList(deps: Deps, actor: Actor, assessmentId?: string) {
  authorize(actor, 'rie.read');
  return { items: (await listConsents(deps.db, orgOf(actor), assessmentId)).map(presentConsent) };
}

export async function recordConsent(deps: Deps, actor: Actor, input: z.infer<typeof ZConsentInput>) {
  authorize(actor, 'rie.consent');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const a = await findAssessment(tx, organizationId, input.assessmentId);
    if (!a) throw invalidField('assessmentId', 'unknown_reference');
    if (a.status === 'draft') throw invalidField('assessmentId', 'rie_not_complete');
    const row = await insertConsent(tx, {
      organizationId,
      ...input,
      notes: input.notes ?? null,
      recordedByPersonId: actor.personId,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'rie.consent.recorded',
      resourceType: 'rie_assessment',
      resourceId: a.id,
      details: { decision: row.decision, decidedOn: row.decidedOn },
    });
    return presentConsent(row);
  });
}

// ── PMO/PAGO ──
const presentPago = (p: Awaited<ReturnType<typeof listPagoOffers>>[number]) => ({
  id: p.id,
  kind: p.kind,
  offeredOn: p.offeredOn,
  description: p.description,
  invitedCount: p.invitedCount,
  participantCount: p.participantCount,
});

export async function pagoList(deps: Deps, actor: Actor) {
  authorize(actor, 'pago.read');
  return { items: (await listPagoOffers(deps.db, orgOf(actor))).map(presentPago) };
}

export async function recordPago(deps: Deps, actor: Actor, input: z.infer<typeof ZPagoInput>) {
  authorize(actor, 'pago.write');
  const organizationId = orgOf(actor);
  if (input.invitedCount !== null && input.participantCount > input.invitedCount)
    throw invalidField('participantCount', 'more_than_invited');
  return deps.db.transaction(async (tx) => {
    const row = await insertPagoOffer(tx, {
      organizationId,
      ...input,
      description: input.description ?? null,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'pago.recorded',
      resourceType: 'pago_offer',
      resourceId: row.id,
    });
    return presentPago(row);
  });
}
