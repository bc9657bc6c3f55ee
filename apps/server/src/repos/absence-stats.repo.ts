import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';

/*
 * Loading for the absence statistics (services/absence-stats.service.ts): only the rows a period
 * needs, only the columns the domain reads, filtered in SQL. See docs/absence-statistics.md
 * ("What the server loads") for why these windows give the same figures as the full history.
 */

const { absenceRecoverySegments: segments, absenceReports: reports, employments, persons } = schema;

/** The window of one statistics request: the period, and how far back sick reports matter. */
export type StatsWindow = { from: string; to: string; lookBackFrom: string };

/** A report overlaps `[from, to]` (ongoing reports have no end). */
const reportOverlaps = (from: string, to: string): SQL =>
  and(lte(reports.startDate, to), or(isNull(reports.endDate), gte(reports.endDate, from))) as SQL;

/**
 * Every employment (and the birth date) of the people who matter for the window: employed on a
 * day of the period, or with a sick report overlapping `[lookBackFrom, to]` (frequent absence
 * looks back 12 months; a report that ends in the period may have started long before). All of
 * their employments come along, because the unit on the period end and the check that a report
 * started inside an employment may need an older one.
 */
export async function statsEmployments(db: DbOrTx, organizationId: string, w: StatsWindow) {
  const employedInPeriod = db
    .select({ personId: employments.personId })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        lte(employments.startDate, w.to),
        or(isNull(employments.endDate), gte(employments.endDate, w.from)),
      ),
    );
  const sickInWindow = db
    .select({ personId: reports.personId })
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), reportOverlaps(w.lookBackFrom, w.to)));
  return db
    .select({
      personId: employments.personId,
      birthDate: persons.birthDate,
      startDate: employments.startDate,
      endDate: employments.endDate,
      hoursPerWeek: employments.hoursPerWeek,
      unitId: employments.unitId,
    })
    .from(employments)
    .leftJoin(
      persons,
      and(eq(persons.organizationId, employments.organizationId), eq(persons.id, employments.personId)),
    )
    .where(
      and(
        eq(employments.organizationId, organizationId),
        inArray(employments.personId, employedInPeriod.union(sickInWindow)),
      ),
    )
    .orderBy(employments.personId, employments.startDate, employments.id);
}

/** Sick reports overlapping `[lookBackFrom, to]`, whole (their first sick day may lie long before). */
export async function statsReports(db: DbOrTx, organizationId: string, w: StatsWindow) {
  return db
    .select({
      id: reports.id,
      personId: reports.personId,
      startDate: reports.startDate,
      endDate: reports.endDate,
      pregnancyRelated: reports.pregnancyRelated,
    })
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), reportOverlaps(w.lookBackFrom, w.to)));
}

/**
 * Recovery segments of those reports that lie inside their report (one left outside by a later
 * correction of the report's dates is ignored, as the domain requires), per report by date.
 */
export async function statsSegments(db: DbOrTx, organizationId: string, w: StatsWindow) {
  return db
    .select({
      reportId: segments.reportId,
      fromDate: segments.fromDate,
      incapacityPercentage: segments.incapacityPercentage,
    })
    .from(segments)
    .innerJoin(
      reports,
      and(eq(reports.organizationId, segments.organizationId), eq(reports.id, segments.reportId)),
    )
    .where(
      and(
        eq(segments.organizationId, organizationId),
        reportOverlaps(w.lookBackFrom, w.to),
        gte(segments.fromDate, reports.startDate),
        or(isNull(reports.endDate), lte(segments.fromDate, reports.endDate)),
      ),
    )
    .orderBy(segments.reportId, segments.fromDate);
}

/** People employed on `day` (the organisation's size class for the CBS benchmark). */
export async function headcountOn(db: DbOrTx, organizationId: string, day: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${employments.personId})::int` })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        lte(employments.startDate, day),
        or(isNull(employments.endDate), gte(employments.endDate, day)),
      ),
    );
  return row?.n ?? 0;
}

/** Names of a few people (the frequent absentees), in chunks to stay under the parameter limit. */
export async function personNames(db: DbOrTx, organizationId: string, ids: readonly string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += 1000) {
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
  }
  return out;
}
