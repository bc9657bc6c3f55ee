import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const {
  absenceCases,
  absenceEvaluations,
  absenceMilestoneCompletions,
  absenceNotices,
  absencePlans,
  absenceRecoverySegments,
  absenceReports,
  persons,
  employments,
  roleAssignments,
  workCapabilities,
} = schema;

export type AbsenceCaseRow = typeof absenceCases.$inferSelect;
export type AbsenceReportRow = typeof absenceReports.$inferSelect;
export type RecoverySegmentRow = typeof absenceRecoverySegments.$inferSelect;
export type CompletionRow = typeof absenceMilestoneCompletions.$inferSelect;
export type PlanRow = typeof absencePlans.$inferSelect;
export type EvaluationRow = typeof absenceEvaluations.$inferSelect;
export type CapabilitiesRow = typeof workCapabilities.$inferSelect;

/* cases */

export const findCase = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, absenceCases, organizationId, id);

export async function listCases(
  db: DbOrTx,
  organizationId: string,
  f: { status?: 'open' | 'closed' | 'all'; personId?: string } = {},
) {
  const conds = [eq(absenceCases.organizationId, organizationId)];
  if (f.status === 'open') conds.push(isNull(absenceCases.lastSickDay));
  if (f.personId) conds.push(eq(absenceCases.personId, f.personId));
  const rows = await db
    .select()
    .from(absenceCases)
    .where(and(...conds))
    .orderBy(asc(absenceCases.firstSickDay));
  return f.status === 'closed' ? rows.filter((r) => r.lastSickDay !== null) : rows;
}

export async function insertCase(db: DbOrTx, values: typeof absenceCases.$inferInsert) {
  const [row] = await db.insert(absenceCases).values(values).returning();
  return row as AbsenceCaseRow;
}

/** Keep the case's denormalised first/last sick day in step with its reports. */
export async function syncCaseDates(db: DbOrTx, organizationId: string, caseId: string, now: Date) {
  const reports = await reportsOfCase(db, organizationId, caseId);
  const first = reports[0];
  const last = reports.at(-1);
  if (!first || !last) return;
  await db
    .update(absenceCases)
    .set({ firstSickDay: first.startDate, lastSickDay: last.endDate, updatedAt: now })
    .where(and(eq(absenceCases.organizationId, organizationId), eq(absenceCases.id, caseId)));
}

/* reports */

export async function reportsOfCase(db: DbOrTx, organizationId: string, caseId: string) {
  return db
    .select()
    .from(absenceReports)
    .where(and(eq(absenceReports.organizationId, organizationId), eq(absenceReports.caseId, caseId)))
    .orderBy(asc(absenceReports.startDate));
}

export async function reportsOfCases(db: DbOrTx, organizationId: string, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(absenceReports)
    .where(and(eq(absenceReports.organizationId, organizationId), inArray(absenceReports.caseId, caseIds)))
    .orderBy(asc(absenceReports.startDate));
}

export async function reportsOfPerson(db: DbOrTx, organizationId: string, personId: string) {
  return db
    .select()
    .from(absenceReports)
    .where(and(eq(absenceReports.organizationId, organizationId), eq(absenceReports.personId, personId)))
    .orderBy(asc(absenceReports.startDate));
}

export async function listReports(db: DbOrTx, organizationId: string) {
  return db
    .select()
    .from(absenceReports)
    .where(eq(absenceReports.organizationId, organizationId))
    .orderBy(asc(absenceReports.startDate));
}

export async function insertReport(db: DbOrTx, values: typeof absenceReports.$inferInsert) {
  const [row] = await db.insert(absenceReports).values(values).returning();
  return row as AbsenceReportRow;
}

/** Optimistic update (undefined: stale version or no such report); `now` is the clock's time. */
export const updateReport = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof absenceReports.$inferInsert>,
  now: Date,
) => updateVersioned(db, absenceReports, organizationId, id, version, { ...patch, updatedAt: now });

/* recovery segments */

export async function segmentsOfReports(db: DbOrTx, organizationId: string, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db
    .select()
    .from(absenceRecoverySegments)
    .where(
      and(
        eq(absenceRecoverySegments.organizationId, organizationId),
        inArray(absenceRecoverySegments.reportId, reportIds),
      ),
    )
    .orderBy(asc(absenceRecoverySegments.fromDate));
}

export async function listSegments(db: DbOrTx, organizationId: string) {
  return db
    .select()
    .from(absenceRecoverySegments)
    .where(eq(absenceRecoverySegments.organizationId, organizationId))
    .orderBy(asc(absenceRecoverySegments.fromDate));
}

export async function upsertSegment(db: DbOrTx, values: typeof absenceRecoverySegments.$inferInsert) {
  const [row] = await db
    .insert(absenceRecoverySegments)
    .values(values)
    .onConflictDoUpdate({
      target: [
        absenceRecoverySegments.organizationId,
        absenceRecoverySegments.reportId,
        absenceRecoverySegments.fromDate,
      ],
      set: {
        incapacityPercentage: values.incapacityPercentage,
        createdByPersonId: values.createdByPersonId ?? null,
      },
    })
    .returning();
  return row as RecoverySegmentRow;
}

/* milestones */

export async function completionsOfCases(db: DbOrTx, organizationId: string, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(absenceMilestoneCompletions)
    .where(
      and(
        eq(absenceMilestoneCompletions.organizationId, organizationId),
        inArray(absenceMilestoneCompletions.caseId, caseIds),
      ),
    );
}

export async function upsertCompletion(db: DbOrTx, values: typeof absenceMilestoneCompletions.$inferInsert) {
  const [row] = await db
    .insert(absenceMilestoneCompletions)
    .values(values)
    .onConflictDoUpdate({
      target: [
        absenceMilestoneCompletions.organizationId,
        absenceMilestoneCompletions.caseId,
        absenceMilestoneCompletions.key,
      ],
      set: {
        doneOn: values.doneOn,
        documentId: values.documentId ?? null,
        note: values.note ?? null,
        completedByPersonId: values.completedByPersonId ?? null,
      },
    })
    .returning();
  return row as CompletionRow;
}

/* plan van aanpak */

export async function findPlan(db: DbOrTx, organizationId: string, caseId: string) {
  const [row] = await db
    .select()
    .from(absencePlans)
    .where(and(eq(absencePlans.organizationId, organizationId), eq(absencePlans.caseId, caseId)));
  return row;
}

export async function insertPlan(db: DbOrTx, values: typeof absencePlans.$inferInsert) {
  const rows = await db.insert(absencePlans).values(values).onConflictDoNothing().returning();
  return rows[0];
}

/** Optimistic update of the case's plan (undefined: stale version or no plan yet). */
export async function updatePlan(
  db: DbOrTx,
  organizationId: string,
  caseId: string,
  version: number,
  patch: Partial<typeof absencePlans.$inferInsert>,
  now: Date,
) {
  const plan = await findPlan(db, organizationId, caseId);
  if (!plan) return undefined;
  return updateVersioned(db, absencePlans, organizationId, plan.id, version, { ...patch, updatedAt: now });
}

/* evaluations */

export async function evaluationsOfCase(db: DbOrTx, organizationId: string, caseId: string) {
  return db
    .select()
    .from(absenceEvaluations)
    .where(and(eq(absenceEvaluations.organizationId, organizationId), eq(absenceEvaluations.caseId, caseId)))
    .orderBy(desc(absenceEvaluations.date), desc(absenceEvaluations.createdAt));
}

export async function insertEvaluation(db: DbOrTx, values: typeof absenceEvaluations.$inferInsert) {
  const [row] = await db.insert(absenceEvaluations).values(values).returning();
  return row as EvaluationRow;
}

export async function capabilitiesOfCase(db: DbOrTx, organizationId: string, caseId: string) {
  return db
    .select()
    .from(workCapabilities)
    .where(and(eq(workCapabilities.organizationId, organizationId), eq(workCapabilities.caseId, caseId)))
    .orderBy(desc(workCapabilities.validFrom), desc(workCapabilities.createdAt));
}

export async function insertCapabilities(db: DbOrTx, values: typeof workCapabilities.$inferInsert) {
  const [row] = await db.insert(workCapabilities).values(values).returning();
  return row as CapabilitiesRow;
}

/* notices */

/** Insert a notice unless its key exists; true when it was new (then the mail goes out). */
export async function insertNotice(db: DbOrTx, values: typeof absenceNotices.$inferInsert) {
  const rows = await db
    .insert(absenceNotices)
    .values(values)
    .onConflictDoNothing({ target: [absenceNotices.organizationId, absenceNotices.key] })
    .returning({ id: absenceNotices.id });
  return rows.length > 0;
}

export async function noticesOfPerson(db: DbOrTx, organizationId: string, personId: string, limit = 100) {
  return db
    .select()
    .from(absenceNotices)
    .where(
      and(eq(absenceNotices.organizationId, organizationId), eq(absenceNotices.recipientPersonId, personId)),
    )
    .orderBy(desc(absenceNotices.createdAt))
    .limit(limit);
}

/** The recipient's notice `id`, or undefined (someone else's notice is not found). */
export async function findOwnNotice(db: DbOrTx, organizationId: string, personId: string, id: string) {
  const [row] = await db
    .select()
    .from(absenceNotices)
    .where(
      and(
        eq(absenceNotices.organizationId, organizationId),
        eq(absenceNotices.recipientPersonId, personId),
        eq(absenceNotices.id, id),
      ),
    );
  return row;
}

/**
 * Marks the recipient's unread notices read: those of one task (case and milestone) created up to
 * `upTo` when given, else all. Returns how many changed (0 when already read: idempotent).
 */
export async function markNoticesRead(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  now: Date,
  task?: { caseId: string; milestoneKey: string; upToNoticeId: string },
) {
  const rows = await db
    .update(absenceNotices)
    .set({ readAt: now })
    .where(
      and(
        eq(absenceNotices.organizationId, organizationId),
        eq(absenceNotices.recipientPersonId, personId),
        isNull(absenceNotices.readAt),
        ...(task
          ? [
              eq(absenceNotices.caseId, task.caseId),
              eq(absenceNotices.milestoneKey, task.milestoneKey),
              // compared in SQL: a JS Date would cut PostgreSQL's microseconds and miss the notice itself
              sql`${absenceNotices.createdAt} <= (select n.created_at from absence_notices n where n.id = ${task.upToNoticeId})`,
            ]
          : []),
      ),
    )
    .returning({ id: absenceNotices.id });
  return rows.length;
}

/** Tasks (case and milestone) with at least one unread notice for the recipient. */
export async function unreadNoticeTasks(db: DbOrTx, organizationId: string, personId: string) {
  const [row] = await db
    .select({
      n: sql<number>`count(distinct (${absenceNotices.caseId}, ${absenceNotices.milestoneKey}))::int`,
    })
    .from(absenceNotices)
    .where(
      and(
        eq(absenceNotices.organizationId, organizationId),
        eq(absenceNotices.recipientPersonId, personId),
        isNull(absenceNotices.readAt),
      ),
    );
  return row?.n ?? 0;
}

/** Cases by id (the few a page needs, not the organisation's all). */
export async function casesByIds(db: DbOrTx, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(absenceCases)
    .where(and(eq(absenceCases.organizationId, organizationId), inArray(absenceCases.id, [...ids])));
}

/** Names of some people, in chunks of 1,000 ids (a statement has at most 65,535 parameters). */
export async function personNames(db: DbOrTx, organizationId: string, ids: readonly string[]) {
  const out: { id: string; givenName: string; surnamePrefix: string | null; surname: string }[] = [];
  for (let i = 0; i < ids.length; i += 1000)
    out.push(
      ...(await db
        .select({
          id: persons.id,
          givenName: persons.givenName,
          surnamePrefix: persons.surnamePrefix,
          surname: persons.surname,
        })
        .from(persons)
        .where(and(eq(persons.organizationId, organizationId), inArray(persons.id, ids.slice(i, i + 1000))))),
    );
  return out;
}

/* the organisation's people and role assignments, for names, units, scopes and reminders */

/** The organisation's persons, or only those of `personIds` (the absence list's own people). */
export async function listPersons(db: DbOrTx, organizationId: string, personIds?: readonly string[]) {
  if (personIds && !personIds.length) return [];
  return db
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.organizationId, organizationId),
        personIds ? inArray(persons.id, [...personIds]) : undefined,
      ),
    );
}

/** Employments of the organisation, or only those of `personIds`. */
export async function listEmploymentsOf(db: DbOrTx, organizationId: string, personIds?: readonly string[]) {
  if (personIds && !personIds.length) return [];
  return db
    .select()
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        personIds ? inArray(employments.personId, [...personIds]) : undefined,
      ),
    );
}

export async function listRoleAssignments(db: DbOrTx, organizationId: string) {
  return db.select().from(roleAssignments).where(eq(roleAssignments.organizationId, organizationId));
}

/** Sign-in addresses of user accounts (reminders go to the account when the person has one). */
export async function accountEmails(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(inArray(schema.user.id, userIds));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** Optimistic update (undefined: stale version or no such case); `now` is the clock's time. */
export const updateCase = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof absenceCases.$inferInsert>,
  now: Date,
) => updateVersioned(db, absenceCases, organizationId, id, version, { ...patch, updatedAt: now });

/** Accident-register entries of a person between two dates (for the link from a work-accident report). */
export async function accidentsOfPerson(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  from: string,
  to: string,
) {
  return db
    .select({ id: schema.accidents.id, occurredOn: schema.accidents.occurredOn })
    .from(schema.accidents)
    .where(
      and(
        eq(schema.accidents.organizationId, organizationId),
        eq(schema.accidents.personId, personId),
        gte(schema.accidents.occurredOn, from),
        lte(schema.accidents.occurredOn, to),
      ),
    )
    .orderBy(asc(schema.accidents.occurredOn));
}
