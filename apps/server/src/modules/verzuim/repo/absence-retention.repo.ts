import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';

/*
 * The retention job's queries (services/absence-retention.ts). Deletes are scoped by
 * organization_id like every other query; the physician's medical_notes and documents are never
 * deleted here (a released document only loses its release).
 */

const {
  absenceCases: cases,
  absenceDocuments: documents,
  absenceEvaluations: evaluations,
  absenceMilestoneCompletions: completions,
  absenceNotices: notices,
  absencePlans: plans,
  absenceRecoverySegments: segments,
  absenceReports: reports,
  employments,
  workCapabilities: capabilities,
} = schema;

/**
 * People with absence data whose every case is closed and every employment ended, the last of
 * each on or before `bound` (a superset: the domain rule decides each one exactly).
 */
export async function retentionCandidates(db: DbOrTx, organizationId: string, bound: string) {
  const closedCases = db
    .select({ personId: cases.personId })
    .from(cases)
    .where(eq(cases.organizationId, organizationId))
    .groupBy(cases.personId)
    .having(sql`bool_and(${cases.lastSickDay} is not null) and max(${cases.lastSickDay}) <= ${bound}`);
  const endedEmployments = db
    .select({ personId: employments.personId })
    .from(employments)
    .where(eq(employments.organizationId, organizationId))
    .groupBy(employments.personId)
    .having(sql`bool_and(${employments.endDate} is not null) and max(${employments.endDate}) <= ${bound}`);
  const rows = await closedCases.intersect(endedEmployments);
  return rows.map((r) => r.personId);
}

/** The employments and cases of some people, for the domain's retention rule. */
export async function retentionFacts(db: DbOrTx, organizationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return { employments: [], cases: [] };
  const ids = [...personIds];
  const [e, c] = await Promise.all([
    db
      .select({ personId: employments.personId, start: employments.startDate, end: employments.endDate })
      .from(employments)
      .where(and(eq(employments.organizationId, organizationId), inArray(employments.personId, ids))),
    db
      .select({ id: cases.id, personId: cases.personId, lastSickDay: cases.lastSickDay })
      .from(cases)
      .where(and(eq(cases.organizationId, organizationId), inArray(cases.personId, ids))),
  ]);
  return { employments: e, cases: c };
}

/**
 * Deletes one person's absence administration and re-integration file: cases, sick reports,
 * recovery segments, milestone completions, plan van aanpak, evaluations, shared capabilities and
 * the in-app notices about the cases. Returns the number of rows per table (for the audit event).
 */
export async function purgeAbsenceData(
  tx: DbOrTx,
  organizationId: string,
  personId: string,
  caseIds: readonly string[],
) {
  const ids = [...caseIds];
  const reportIds = (
    await tx
      .select({ id: reports.id })
      .from(reports)
      .where(
        and(
          eq(reports.organizationId, organizationId),
          ids.length
            ? or(eq(reports.personId, personId), inArray(reports.caseId, ids))
            : eq(reports.personId, personId),
        ),
      )
  ).map((r) => r.id);
  const count = async (q: Promise<{ id: string }[]>) => (await q).length;
  const byCase = <C extends typeof completions | typeof plans | typeof evaluations | typeof notices>(t: C) =>
    ids.length
      ? count(
          tx
            .delete(t)
            .where(and(eq(t.organizationId, organizationId), inArray(t.caseId, ids)))
            .returning({ id: t.id }),
        )
      : Promise.resolve(0);
  const segmentsDeleted = reportIds.length
    ? await count(
        tx
          .delete(segments)
          .where(and(eq(segments.organizationId, organizationId), inArray(segments.reportId, reportIds)))
          .returning({ id: segments.id }),
      )
    : 0;
  const reportsDeleted = reportIds.length
    ? await count(
        tx
          .delete(reports)
          .where(and(eq(reports.organizationId, organizationId), inArray(reports.id, reportIds)))
          .returning({ id: reports.id }),
      )
    : 0;
  const milestoneCompletions = await byCase(completions);
  const plansDeleted = await byCase(plans);
  const evaluationsDeleted = await byCase(evaluations);
  const noticesDeleted = await byCase(notices);
  const capabilitiesDeleted = await count(
    tx
      .delete(capabilities)
      .where(
        and(
          eq(capabilities.organizationId, organizationId),
          ids.length
            ? or(eq(capabilities.personId, personId), inArray(capabilities.caseId, ids))
            : eq(capabilities.personId, personId),
        ),
      )
      .returning({ id: capabilities.id }),
  );
  // A released document is the same record as the physician's own copy, which the physician keeps
  // (WGBO, domain-rules §2.3): retention ends the employer's access by withdrawing the release.
  const releasesWithdrawn = await count(
    tx
      .update(documents)
      .set({ releasedAt: null, releasedByPersonId: null })
      .where(
        and(
          eq(documents.organizationId, organizationId),
          eq(documents.personId, personId),
          isNotNull(documents.releasedAt),
        ),
      )
      .returning({ id: documents.id }),
  );
  const casesDeleted = ids.length
    ? await count(
        tx
          .delete(cases)
          .where(and(eq(cases.organizationId, organizationId), inArray(cases.id, ids)))
          .returning({ id: cases.id }),
      )
    : 0;
  return {
    cases: casesDeleted,
    reports: reportsDeleted,
    recoverySegments: segmentsDeleted,
    milestoneCompletions,
    plans: plansDeleted,
    evaluations: evaluationsDeleted,
    capabilities: capabilitiesDeleted,
    notices: noticesDeleted,
    documentReleasesWithdrawn: releasesWithdrawn,
  };
}
