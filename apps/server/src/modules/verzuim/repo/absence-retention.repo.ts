import { type DbOrTx, schema } from '@inzetbaar/db';
import { addDays } from '@inzetbaar/domain';
import { and, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';

/*
 * The retention job's queries (services/absence-retention.ts), per record type of the domain's
 * rule table (packages/domain/src/retention/rules.ts). Every query is scoped by organization_id.
 */

const {
  absenceCases: cases,
  absenceDocumentContents: contents,
  absenceDocuments: documents,
  absenceEvaluations: evaluations,
  absenceMilestoneCompletions: completions,
  absenceNotices: notices,
  absencePlans: plans,
  absenceRecoverySegments: segments,
  absenceReports: reports,
  employments,
  medicalNotes,
  workCapabilities: capabilities,
} = schema;

const count = async (q: Promise<{ id: string }[]>) => (await q).length;
const ids = (rows: { personId: string }[]) => rows.map((r) => r.personId);

/** Day bounds per anchor (the domain's retentionCandidateBounds): anything that started later is kept. */
export type RetentionBounds = {
  reintegration_end: string;
  employment_end: string;
  last_medical_entry: string;
};

/**
 * People who may have a record due (a superset; the domain's retentionPlan decides each record):
 * a case closed on or before the bound; an open case of someone with an employment that ended on
 * or before it (left while sick); every employment ended on or before the bound with sick reports
 * kept; or a medical file whose last entry is on or before its bound.
 */
export async function retentionCandidates(db: DbOrTx, organizationId: string, bounds: RetentionBounds) {
  const [closed, leftSick, ended, notes, docs] = await Promise.all([
    db
      .selectDistinct({ personId: cases.personId })
      .from(cases)
      .where(
        and(
          eq(cases.organizationId, organizationId),
          sql`${cases.lastSickDay} <= ${bounds.reintegration_end}`,
        ),
      ),
    db
      .selectDistinct({ personId: cases.personId })
      .from(cases)
      .innerJoin(
        employments,
        and(eq(employments.organizationId, cases.organizationId), eq(employments.personId, cases.personId)),
      )
      .where(
        and(
          eq(cases.organizationId, organizationId),
          isNull(cases.lastSickDay),
          sql`${employments.endDate} <= ${bounds.reintegration_end}`,
        ),
      ),
    db
      .select({ personId: employments.personId })
      .from(employments)
      .where(
        and(
          eq(employments.organizationId, organizationId),
          sql`exists (select 1 from ${reports} where ${reports.organizationId} = ${organizationId} and ${reports.personId} = ${employments.personId})`,
        ),
      )
      .groupBy(employments.personId)
      .having(
        sql`bool_and(${employments.endDate} is not null) and max(${employments.endDate}) <= ${bounds.employment_end}`,
      ),
    db
      .select({ personId: medicalNotes.personId })
      .from(medicalNotes)
      .where(eq(medicalNotes.organizationId, organizationId))
      .groupBy(medicalNotes.personId)
      .having(sql`max(${medicalNotes.createdAt}) < ${`${addDays(bounds.last_medical_entry, 2)}T00:00:00Z`}`),
    db
      .select({ personId: documents.personId })
      .from(documents)
      .where(eq(documents.organizationId, organizationId))
      .groupBy(documents.personId)
      .having(sql`max(${documents.createdAt}) < ${`${addDays(bounds.last_medical_entry, 2)}T00:00:00Z`}`),
  ]);
  return [...new Set([...ids(closed), ...ids(leftSick), ...ids(ended), ...ids(notes), ...ids(docs)])];
}

/** What the domain's retention rules need about some people. */
export async function retentionFacts(db: DbOrTx, organizationId: string, personIds: readonly string[]) {
  if (personIds.length === 0)
    return { employments: [], cases: [], reports: [], releasedDocuments: [], medicalEntries: [] };
  const people = [...personIds];
  const [e, c, r, released, noteEntries, documentEntries] = await Promise.all([
    db
      .select({ personId: employments.personId, start: employments.startDate, end: employments.endDate })
      .from(employments)
      .where(and(eq(employments.organizationId, organizationId), inArray(employments.personId, people))),
    db
      .select({ id: cases.id, personId: cases.personId })
      .from(cases)
      .where(and(eq(cases.organizationId, organizationId), inArray(cases.personId, people))),
    db
      .select({
        personId: reports.personId,
        caseId: reports.caseId,
        start: reports.startDate,
        end: reports.endDate,
      })
      .from(reports)
      .where(and(eq(reports.organizationId, organizationId), inArray(reports.personId, people)))
      .orderBy(reports.startDate),
    db
      .select({ caseId: documents.caseId, n: sql<number>`count(*)::int` })
      .from(documents)
      .where(
        and(
          eq(documents.organizationId, organizationId),
          inArray(documents.personId, people),
          isNotNull(documents.releasedAt),
        ),
      )
      .groupBy(documents.caseId),
    db
      .select({ personId: medicalNotes.personId, last: max(medicalNotes.createdAt) })
      .from(medicalNotes)
      .where(and(eq(medicalNotes.organizationId, organizationId), inArray(medicalNotes.personId, people)))
      .groupBy(medicalNotes.personId),
    db
      .select({ personId: documents.personId, last: max(documents.createdAt) })
      .from(documents)
      .where(and(eq(documents.organizationId, organizationId), inArray(documents.personId, people)))
      .groupBy(documents.personId),
  ]);
  return {
    employments: e,
    cases: c,
    reports: r,
    releasedDocuments: released,
    medicalEntries: [...noteEntries, ...documentEntries].filter(
      (x): x is { personId: string; last: Date } => !!x.last,
    ),
  };
}

/**
 * Removes one case's re-integration file: the case with its plan van aanpak, evaluations, shared
 * capabilities, milestone records (and their notes) and notices; the sick reports of the case stay
 * (absence administration) without the contact details and work of the time of sickness.
 */
export async function purgeReintegrationFile(tx: DbOrTx, organizationId: string, caseId: string) {
  const byCase = <
    C extends typeof completions | typeof plans | typeof evaluations | typeof notices | typeof capabilities,
  >(
    t: C,
  ) =>
    count(
      tx
        .delete(t)
        .where(and(eq(t.organizationId, organizationId), eq(t.caseId, caseId)))
        .returning({ id: t.id }),
    );
  return {
    plans: await byCase(plans),
    evaluations: await byCase(evaluations),
    capabilities: await byCase(capabilities),
    milestoneCompletions: await byCase(completions),
    notices: await byCase(notices),
    reportContactsCleared: await count(
      tx
        .update(reports)
        .set({
          contactPhone: null,
          contactAddress: null,
          currentWork: null,
          expectedDurationDays: null,
          version: sql`${reports.version} + 1`,
        })
        .where(and(eq(reports.organizationId, organizationId), eq(reports.caseId, caseId)))
        .returning({ id: reports.id }),
    ),
    cases: await count(
      tx
        .delete(cases)
        .where(and(eq(cases.organizationId, organizationId), eq(cases.id, caseId)))
        .returning({ id: cases.id }),
    ),
  };
}

/**
 * Ends the employer's access to the documents released on one case (or, without `caseId`, on any
 * case of the person): the physician keeps them in the medical file (WGBO).
 */
export async function withdrawReleases(
  tx: DbOrTx,
  organizationId: string,
  where: { caseId: string } | { personId: string },
) {
  return {
    documentReleasesWithdrawn: await count(
      tx
        .update(documents)
        .set({ releasedAt: null, releasedByPersonId: null })
        .where(
          and(
            eq(documents.organizationId, organizationId),
            'caseId' in where ? eq(documents.caseId, where.caseId) : eq(documents.personId, where.personId),
            isNotNull(documents.releasedAt),
          ),
        )
        .returning({ id: documents.id }),
    ),
  };
}

/** Removes the person's absence administration: sick reports and recovery segments, and any case left. */
export async function purgeAbsenceAdministration(tx: DbOrTx, organizationId: string, personId: string) {
  const reportIds = (
    await tx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.organizationId, organizationId), eq(reports.personId, personId)))
  ).map((r) => r.id);
  const recoverySegments = reportIds.length
    ? await count(
        tx
          .delete(segments)
          .where(and(eq(segments.organizationId, organizationId), inArray(segments.reportId, reportIds)))
          .returning({ id: segments.id }),
      )
    : 0;
  return {
    recoverySegments,
    reports: await count(
      tx
        .delete(reports)
        .where(and(eq(reports.organizationId, organizationId), eq(reports.personId, personId)))
        .returning({ id: reports.id }),
    ),
  };
}

/** Removes the physician's medical file on the person: the notes and every document with its bytes. */
export async function purgeMedicalFile(tx: DbOrTx, organizationId: string, personId: string) {
  const docIds = (
    await tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.organizationId, organizationId), eq(documents.personId, personId)))
  ).map((d) => d.id);
  if (docIds.length)
    await tx
      .delete(contents)
      .where(and(eq(contents.organizationId, organizationId), inArray(contents.documentId, docIds)));
  return {
    medicalNotes: await count(
      tx
        .delete(medicalNotes)
        .where(and(eq(medicalNotes.organizationId, organizationId), eq(medicalNotes.personId, personId)))
        .returning({ id: medicalNotes.id }),
    ),
    documents: docIds.length
      ? await count(
          tx
            .delete(documents)
            .where(and(eq(documents.organizationId, organizationId), inArray(documents.id, docIds)))
            .returning({ id: documents.id }),
        )
      : 0,
  };
}
