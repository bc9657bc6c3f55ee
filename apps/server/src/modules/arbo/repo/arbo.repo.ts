import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { displayName } from '../../people/repo/people.repo';

const {
  arboOwnRisks,
  rieAssessments,
  rieAnswers,
  arboMeasures,
  rieToetsing,
  preventionOfficerRecords,
  rieConsents,
  incidentReports,
  accidents,
  healthCheckOffers,
  safetyInstructions,
  instructionAttendance,
  ppeIssues,
  employments,
} = schema;

export type AssessmentRow = typeof rieAssessments.$inferSelect;
export type AnswerRow = typeof rieAnswers.$inferSelect;
export type MeasureRow = typeof arboMeasures.$inferSelect;
export type IncidentReportRow = typeof incidentReports.$inferSelect;
export type AccidentRow = typeof accidents.$inferSelect;
export type InstructionRow = typeof safetyInstructions.$inferSelect;
export type PpeRow = typeof ppeIssues.$inferSelect;

const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
};

// ── own risks ──
export const listOwnRisks = (db: DbOrTx, organizationId: string, catalogueId: string) =>
  db
    .select()
    .from(arboOwnRisks)
    .where(and(eq(arboOwnRisks.organizationId, organizationId), eq(arboOwnRisks.catalogueId, catalogueId)))
    .orderBy(asc(arboOwnRisks.createdAt));
export const insertOwnRisk = async (db: DbOrTx, v: typeof arboOwnRisks.$inferInsert) =>
  one(await db.insert(arboOwnRisks).values(v).returning());

// ── assessments ──
export const findAssessment = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, rieAssessments, organizationId, id);
export const listAssessments = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(rieAssessments)
    .where(eq(rieAssessments.organizationId, organizationId))
    .orderBy(desc(rieAssessments.year), asc(rieAssessments.createdAt));
export const insertAssessment = async (db: DbOrTx, v: typeof rieAssessments.$inferInsert) =>
  one(await db.insert(rieAssessments).values(v).returning());
export const updateAssessment = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof rieAssessments.$inferInsert>,
) => updateVersioned(db, rieAssessments, organizationId, id, version, { ...patch, updatedAt: new Date() });

// ── answers ──
export const listAnswers = (db: DbOrTx, organizationId: string, assessmentId: string) =>
  db
    .select()
    .from(rieAnswers)
    .where(and(eq(rieAnswers.organizationId, organizationId), eq(rieAnswers.assessmentId, assessmentId)));
export async function findAnswer(db: DbOrTx, organizationId: string, assessmentId: string, riskId: string) {
  const [row] = await db
    .select()
    .from(rieAnswers)
    .where(
      and(
        eq(rieAnswers.organizationId, organizationId),
        eq(rieAnswers.assessmentId, assessmentId),
        eq(rieAnswers.riskId, riskId),
      ),
    );
  return row;
}
export async function insertAnswer(db: DbOrTx, v: typeof rieAnswers.$inferInsert) {
  const rows = await db.insert(rieAnswers).values(v).onConflictDoNothing().returning();
  return rows[0];
}
export async function updateAnswer(
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof rieAnswers.$inferInsert>,
) {
  const [row] = await db
    .update(rieAnswers)
    .set({ ...patch, version: sql`${rieAnswers.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(rieAnswers.organizationId, organizationId),
        eq(rieAnswers.id, id),
        eq(rieAnswers.version, version),
      ),
    )
    .returning();
  return row;
}

// ── measures ──
export type MeasureFilter = {
  assessmentId?: string | undefined;
  status?: MeasureRow['status'] | undefined;
  overdueOn?: string | undefined;
};
export function listMeasures(db: DbOrTx, organizationId: string, f: MeasureFilter = {}) {
  const where: (SQL | undefined)[] = [eq(arboMeasures.organizationId, organizationId)];
  if (f.assessmentId) where.push(eq(arboMeasures.assessmentId, f.assessmentId));
  if (f.status) where.push(eq(arboMeasures.status, f.status));
  if (f.overdueOn)
    where.push(
      lt(arboMeasures.dueDate, f.overdueOn),
      inArray(arboMeasures.status, ['planned', 'in_progress']),
    );
  return db
    .select()
    .from(arboMeasures)
    .where(and(...where))
    .orderBy(sql`${arboMeasures.dueDate} asc nulls last`, asc(arboMeasures.createdAt));
}
export const findMeasure = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, arboMeasures, organizationId, id);
export const insertMeasure = async (db: DbOrTx, v: typeof arboMeasures.$inferInsert) =>
  one(await db.insert(arboMeasures).values(v).returning());
export const updateMeasure = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof arboMeasures.$inferInsert>,
) => updateVersioned(db, arboMeasures, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteMeasure = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, arboMeasures, organizationId, id, version);
/** Whether a report refers to the measure (triage linked it; the reporter may have been told). */
export async function isMeasureLinkedToReport(db: DbOrTx, organizationId: string, measureId: string) {
  const [row] = await db
    .select({ id: incidentReports.id })
    .from(incidentReports)
    .where(and(eq(incidentReports.organizationId, organizationId), eq(incidentReports.measureId, measureId)))
    .limit(1);
  return !!row;
}
/** Open measures of every organisation due on or before `until` (reminders). */
export const openMeasuresDueBy = (db: DbOrTx, until: string) =>
  db
    .select()
    .from(arboMeasures)
    .where(
      and(sql`${arboMeasures.dueDate} <= ${until}`, inArray(arboMeasures.status, ['planned', 'in_progress'])),
    );

// ── toetsing, preventiemedewerker, consent, PMO/PAGO ──
export type ToetsingRow = typeof rieToetsing.$inferSelect;
/** All toetsingen (of one assessment when given), newest first. */
export const listToetsing = (db: DbOrTx, organizationId: string, assessmentId?: string) =>
  db
    .select()
    .from(rieToetsing)
    .where(
      and(
        eq(rieToetsing.organizationId, organizationId),
        assessmentId ? eq(rieToetsing.assessmentId, assessmentId) : undefined,
      ),
    )
    .orderBy(desc(rieToetsing.toetsedOn), desc(rieToetsing.createdAt));
export const insertToetsing = async (db: DbOrTx, v: typeof rieToetsing.$inferInsert) =>
  one(await db.insert(rieToetsing).values(v).returning());
export const listPreventionOfficers = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(preventionOfficerRecords)
    .where(eq(preventionOfficerRecords.organizationId, organizationId))
    .orderBy(desc(preventionOfficerRecords.appointedOn), desc(preventionOfficerRecords.createdAt));
export const insertPreventionOfficer = async (db: DbOrTx, v: typeof preventionOfficerRecords.$inferInsert) =>
  one(await db.insert(preventionOfficerRecords).values(v).returning());
export function listConsents(db: DbOrTx, organizationId: string, assessmentId?: string) {
  const where = [eq(rieConsents.organizationId, organizationId)];
  if (assessmentId) where.push(eq(rieConsents.assessmentId, assessmentId));
  return db
    .select()
    .from(rieConsents)
    .where(and(...where))
    .orderBy(desc(rieConsents.decidedOn));
}
export const insertConsent = async (db: DbOrTx, v: typeof rieConsents.$inferInsert) =>
  one(await db.insert(rieConsents).values(v).returning());
export const listPagoOffers = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(healthCheckOffers)
    .where(eq(healthCheckOffers.organizationId, organizationId))
    .orderBy(desc(healthCheckOffers.offeredOn));
export const insertPagoOffer = async (db: DbOrTx, v: typeof healthCheckOffers.$inferInsert) =>
  one(await db.insert(healthCheckOffers).values(v).returning());

// ── incident reports ──
export const insertIncidentReport = async (db: DbOrTx, v: typeof incidentReports.$inferInsert) =>
  one(
    await db
      .insert(incidentReports)
      .values(v)
      .returning({ id: incidentReports.id, routedTo: incidentReports.routedTo }),
  );
export const listIncidentReports = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(incidentReports)
    .where(eq(incidentReports.organizationId, organizationId))
    .orderBy(desc(incidentReports.reportedOn), asc(incidentReports.id));
export const listOwnIncidentReports = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organizationId, organizationId),
        eq(incidentReports.reporterPersonId, personId),
        eq(incidentReports.anonymous, false),
      ),
    )
    .orderBy(desc(incidentReports.reportedOn));
export const findIncidentReport = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, incidentReports, organizationId, id);
/** By feedback token hash, across organisations: the token is the only key the reporter has. */
export async function findIncidentReportByTokenHash(db: DbOrTx, hash: string) {
  const [row] = await db.select().from(incidentReports).where(eq(incidentReports.feedbackTokenHash, hash));
  return row;
}
/** The persons holding the vertrouwenspersoon role, by name. */
export const confidentialAdvisers = (db: DbOrTx, organizationId: string) =>
  db
    .selectDistinct({
      id: schema.persons.id,
      givenName: schema.persons.givenName,
      surnamePrefix: schema.persons.surnamePrefix,
      surname: schema.persons.surname,
      email: schema.persons.email,
    })
    .from(schema.roleAssignments)
    .innerJoin(
      schema.persons,
      and(
        eq(schema.persons.organizationId, schema.roleAssignments.organizationId),
        eq(schema.persons.id, schema.roleAssignments.personId),
      ),
    )
    .where(
      and(
        eq(schema.roleAssignments.organizationId, organizationId),
        eq(schema.roleAssignments.role, 'confidential_adviser'),
      ),
    )
    .orderBy(asc(schema.persons.surname), asc(schema.persons.givenName));
export const updateIncidentReport = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof incidentReports.$inferInsert>,
) => updateVersioned(db, incidentReports, organizationId, id, version, patch);

// ── accidents ──
/** Accidents, newest first; within `from`–`to` (inclusive) when given. */
export const listAccidents = (db: DbOrTx, organizationId: string, period?: { from: string; to: string }) =>
  db
    .select()
    .from(accidents)
    .where(
      and(
        eq(accidents.organizationId, organizationId),
        period ? sql`${accidents.occurredOn} between ${period.from} and ${period.to}` : undefined,
      ),
    )
    .orderBy(desc(accidents.occurredOn), desc(accidents.createdAt));
export const findAccident = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, accidents, organizationId, id);
export const insertAccident = async (db: DbOrTx, v: typeof accidents.$inferInsert) =>
  one(await db.insert(accidents).values(v).returning());
export const updateAccident = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof accidents.$inferInsert>,
) => updateVersioned(db, accidents, organizationId, id, version, patch);

// ── instructions, attendance, PPE ──
export const listInstructions = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(safetyInstructions)
    .where(eq(safetyInstructions.organizationId, organizationId))
    .orderBy(desc(safetyInstructions.givenOn));
export const findInstruction = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, safetyInstructions, organizationId, id);
export const insertInstruction = async (db: DbOrTx, v: typeof safetyInstructions.$inferInsert) =>
  one(await db.insert(safetyInstructions).values(v).returning());
/** Delete an instruction with its attendance list (a stale version deletes nothing). */
export async function deleteInstruction(db: DbOrTx, organizationId: string, id: string, version: number) {
  const row = await deleteVersioned(db, safetyInstructions, organizationId, id, version);
  if (row)
    await db
      .delete(instructionAttendance)
      .where(
        and(
          eq(instructionAttendance.organizationId, organizationId),
          eq(instructionAttendance.instructionId, id),
        ),
      );
  return row;
}
export async function addAttendance(
  db: DbOrTx,
  organizationId: string,
  instructionId: string,
  personIds: readonly string[],
) {
  if (!personIds.length) return;
  await db
    .insert(instructionAttendance)
    .values(personIds.map((personId) => ({ organizationId, instructionId, personId })))
    .onConflictDoNothing();
}
export const listAttendance = (db: DbOrTx, organizationId: string) =>
  db.select().from(instructionAttendance).where(eq(instructionAttendance.organizationId, organizationId));
export const attendanceOfPerson = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(instructionAttendance)
    .where(
      and(
        eq(instructionAttendance.organizationId, organizationId),
        eq(instructionAttendance.personId, personId),
      ),
    );
export async function acknowledgeAttendance(
  db: DbOrTx,
  organizationId: string,
  instructionId: string,
  personId: string,
  at: Date,
) {
  const [row] = await db
    .update(instructionAttendance)
    .set({ acknowledgedAt: at })
    .where(
      and(
        eq(instructionAttendance.organizationId, organizationId),
        eq(instructionAttendance.instructionId, instructionId),
        eq(instructionAttendance.personId, personId),
      ),
    )
    .returning();
  return row;
}
export const listPpe = (db: DbOrTx, organizationId: string, personId?: string) =>
  db
    .select()
    .from(ppeIssues)
    .where(
      and(
        eq(ppeIssues.organizationId, organizationId),
        personId ? eq(ppeIssues.personId, personId) : undefined,
      ),
    )
    .orderBy(desc(ppeIssues.issuedOn));
export const findPpe = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, ppeIssues, organizationId, id);
export const deletePpe = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, ppeIssues, organizationId, id, version);
export const insertPpe = async (db: DbOrTx, v: typeof ppeIssues.$inferInsert) =>
  one(await db.insert(ppeIssues).values(v).returning());

// ── people figures for the duties ──
/** Headcount and paid hours per week of the employments running on `day` (one person counted once). */
export async function workforceOn(db: DbOrTx, organizationId: string, day: string) {
  const [row] = await db
    .select({
      headcount: sql<number>`count(distinct ${employments.personId})::int`,
      hours: sql<number>`coalesce(sum(${employments.hoursPerWeek}), 0)::float8`,
    })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        sql`${employments.startDate} <= ${day}`,
        or(isNull(employments.endDate), sql`${employments.endDate} >= ${day}`),
      ),
    );
  return { headcount: row?.headcount ?? 0, hours: row?.hours ?? 0 };
}
/** Employments running on at least one day of `from`–`to` (accident frequency figures). */
export const employmentsBetween = (db: DbOrTx, organizationId: string, from: string, to: string) =>
  db
    .select({
      personId: employments.personId,
      unitId: employments.unitId,
      startDate: employments.startDate,
      endDate: employments.endDate,
      hoursPerWeek: employments.hoursPerWeek,
    })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        sql`${employments.startDate} <= ${to}`,
        or(isNull(employments.endDate), sql`${employments.endDate} >= ${from}`),
      ),
    );
/** Display names of persons by id (for owners, attendees, PPE). */
export async function personNames(db: DbOrTx, organizationId: string, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db
    .select()
    .from(schema.persons)
    .where(and(eq(schema.persons.organizationId, organizationId), inArray(schema.persons.id, wanted)));
  return new Map(rows.map((p) => [p.id, displayName(p)]));
}
