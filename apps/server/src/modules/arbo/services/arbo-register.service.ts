import type {
  TAccident,
  TAccidentInput,
  TAccidentList,
  TUpdateAccident,
  ZConsentInput,
  ZPagoInput,
  ZPreventionOfficerInput,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { addDays, addMonths, rie } from '@inzetbaar/domain';
import type { z } from 'zod';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findPerson } from '../../people/repo/people.repo';
import { findUnit, listUnits } from '../../people/repo/units.repo';
import {
  type AccidentRow,
  employmentsBetween,
  findAccident,
  findAssessment,
  findIncidentReport,
  insertAccident,
  insertConsent,
  insertPagoOffer,
  insertPreventionOfficer,
  listAccidents,
  listConsents,
  listPagoOffers,
  listPreventionOfficers,
  personNames,
  updateAccident,
  workforceOn,
} from '../repo/arbo.repo';

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

/** The period of the figures: `to` defaults to today, `from` to 12 months before `to` (the day after). */
export function accidentPeriod(q: { from?: string | undefined; to?: string | undefined }, day: string) {
  const to = q.to ?? day;
  const from = q.from ?? addDays(addMonths(to, -12), 1);
  if (from > to) throw invalidField('to', 'end_before_start');
  return { from, to };
}

/**
 * The ongevallenregister over a period with frequency figures per unit and for the organisation:
 * accidents per 100 people and accidents with absence per 1,000,000 hours worked (rie.accidentFrequency).
 */
export async function accidentRegister(
  deps: Deps,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<TAccidentList> {
  authorize(actor, 'accident.read');
  const organizationId = orgOf(actor);
  const period = accidentPeriod(q, today(deps.clock));
  const [rows, jobs, units] = await Promise.all([
    listAccidents(deps.db, organizationId, period),
    employmentsBetween(deps.db, organizationId, period.from, period.to),
    listUnits(deps.db, organizationId),
  ]);
  const f = rie.accidentFrequency({ ...period, employments: jobs, accidents: rows });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const hidden = { people: null, averageHeadcount: null, hoursWorked: null, per100People: null };
  return {
    items: rows.map(presentAccident),
    period: { from: f.from, to: f.to, days: f.days },
    organisation: f.organisation,
    perUnit: f.perUnit
      .map((g) => ({
        ...(g.suppressed ? { ...g, ...hidden, lostTimePerMillionHours: null } : g),
        unitName: g.unitId ? (unitName.get(g.unitId) ?? null) : null,
      }))
      // by name, "no unit" last
      .sort((a, b) =>
        a.unitName === b.unitName
          ? 0
          : a.unitName === null
            ? 1
            : b.unitName === null
              ? -1
              : a.unitName.localeCompare(b.unitName, 'nl'),
      ),
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

// ── preventiemedewerker (duties and toetsing: arbo-duties.service.ts) ──
export async function presentOfficers(db: DbOrTx, organizationId: string) {
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
