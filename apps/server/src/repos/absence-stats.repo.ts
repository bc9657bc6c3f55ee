import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';

/*
 * Loading for the absence statistics (services/absence-stats.service.ts): only the rows a period
 * needs, only the columns the domain reads, filtered in SQL. See docs/absence-statistics.md
 * ("What the server loads") for why these windows give the same figures as the full history.
 * No ORDER BY: sorting 10⁵ rows by a text id costs more in the database than grouping them in a
 * Map afterwards. Each query returns ONE value, a JSON array of arrays (`json_agg`): the drivers
 * then parse one string natively instead of 10⁵ rows field by field, which was half the time of
 * a request at 100,000 employees (and more on PGlite, whose row parsing runs in WASM + JS).
 */

const { absenceRecoverySegments: segments, absenceReports: reports, employments, persons } = schema;

/** [person, birth date, start, end, hours per week, unit] */
type EmploymentTuple = [string, string | null, string, string | null, number, string | null];
/** [report, person, start, end, pregnancy-related, segment from, segment incapacity %] */
type ReportTuple = [string, string, string, string | null, boolean, string | null, number | null];

/** The window of one statistics request: the period, and how far back sick reports matter. */
export type StatsWindow = { from: string; to: string; lookBackFrom: string };

/** A report overlaps `[from, to]` (ongoing reports have no end; index on organization_id, end_date). */
const reportOverlaps = (from: string, to: string): SQL =>
  and(lte(reports.startDate, to), or(isNull(reports.endDate), gte(reports.endDate, from))) as SQL;

/**
 * Every employment (and the birth date) of the people who matter for the window: employed on a
 * day of the period, or with a sick report overlapping `[lookBackFrom, to]` (frequent absence
 * looks back 12 months; a report that ends in the period may have started long before). All of
 * their employments come along, because the unit on the period end and the check that a report
 * started inside an employment may need an older one. Two uncorrelated `IN`s joined by OR become
 * two hashed sub-plans in PostgreSQL (a UNION would sort).
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
  const [row] = await db
    .select({
      rows: sql<
        EmploymentTuple[] | null
      >`json_agg(json_build_array(${employments.personId}, ${persons.birthDate}, ${employments.startDate}, ${employments.endDate}, ${employments.hoursPerWeek}, ${employments.unitId}))`,
    })
    .from(employments)
    .leftJoin(
      persons,
      and(eq(persons.organizationId, employments.organizationId), eq(persons.id, employments.personId)),
    )
    .where(
      and(
        eq(employments.organizationId, organizationId),
        or(inArray(employments.personId, employedInPeriod), inArray(employments.personId, sickInWindow)),
      ),
    );
  return (row?.rows ?? []).map(([personId, birthDate, startDate, endDate, hoursPerWeek, unitId]) => ({
    personId,
    birthDate,
    startDate,
    endDate,
    hoursPerWeek,
    unitId,
  }));
}

/**
 * Sick reports overlapping `[lookBackFrom, to]`, whole (their first sick day may lie long before),
 * each with its recovery segments that lie inside it (one left outside by a later correction of
 * the report's dates is ignored, as the domain requires): one row per segment, or one row with
 * null segment columns for a report without any.
 */
export async function statsReports(db: DbOrTx, organizationId: string, w: StatsWindow) {
  const [row] = await db
    .select({
      rows: sql<
        ReportTuple[] | null
      >`json_agg(json_build_array(${reports.id}, ${reports.personId}, ${reports.startDate}, ${reports.endDate}, ${reports.pregnancyRelated}, ${segments.fromDate}, ${segments.incapacityPercentage}))`,
    })
    .from(reports)
    .leftJoin(
      segments,
      and(
        eq(segments.organizationId, reports.organizationId),
        eq(segments.reportId, reports.id),
        gte(segments.fromDate, reports.startDate),
        or(isNull(reports.endDate), lte(segments.fromDate, reports.endDate)),
      ),
    )
    .where(and(eq(reports.organizationId, organizationId), reportOverlaps(w.lookBackFrom, w.to)));
  return (row?.rows ?? []).map(
    ([id, personId, startDate, endDate, pregnancyRelated, segmentFrom, segmentPercentage]) => ({
      id,
      personId,
      startDate,
      endDate,
      pregnancyRelated,
      segmentFrom,
      segmentPercentage,
    }),
  );
}
