import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, gte, inArray, isNull, lte, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/*
 * Loading for the absence statistics (services/absence-stats.service.ts): only the rows a period
 * needs, only the columns the domain reads, filtered in SQL. See docs/absence-statistics.md
 * ("What the server loads") for why these windows give the same figures as the full history.
 * No ORDER BY: sorting 10⁵ rows by a text id costs more in the database than grouping them in a
 * Map afterwards.
 *
 * How the rows travel depends on the driver (measured, docs/absence-statistics.md): PGlite parses
 * a result row by row in JavaScript over its WASM protocol, so there each query returns ONE value,
 * a JSON array of arrays (`json_agg`), parsed natively — 2–3× faster at 30,000 employees. On
 * PostgreSQL the server-side JSON building costs more than node-postgres' row parsing, so rows.
 */

const { absenceRecoverySegments: segments, absenceReports: reports, employments, persons } = schema;

export type Driver = 'pglite' | 'postgres';

/** The window of one statistics request: the period, and how far back sick reports matter. */
export type StatsWindow = { from: string; to: string; lookBackFrom: string };

/** `json_agg` of the columns as arrays (one value for the whole result). */
const jsonRows = (cols: Record<string, SQLWrapper>) =>
  sql<unknown[][] | null>`json_agg(json_build_array(${sql.join(Object.values(cols), sql`, `)}))`;
/** Arrays back to objects keyed like `cols`. */
function fromJsonRows<T>(cols: Record<string, SQLWrapper>, rows: unknown[][] | null | undefined): T[] {
  const keys = Object.keys(cols);
  return (rows ?? []).map((r) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) o[keys[i] as string] = r[i];
    return o as T;
  });
}

/** A report overlaps `[from, to]` (ongoing reports have no end; index on organization_id, end_date). */
const reportOverlaps = (from: string, to: string): SQL =>
  and(lte(reports.startDate, to), or(isNull(reports.endDate), gte(reports.endDate, from))) as SQL;

export type StatsEmploymentRow = {
  personId: string;
  birthDate: string | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  unitId: string | null;
};

/**
 * Every employment (and the birth date) of the people who matter for the window: employed on a
 * day of the period, or with a sick report overlapping `[lookBackFrom, to]` (frequent absence
 * looks back 12 months; a report that ends in the period may have started long before). All of
 * their employments come along, because the unit on the period end and the check that a report
 * started inside an employment may need an older one. Two uncorrelated `IN`s joined by OR become
 * two hashed sub-plans in PostgreSQL (a UNION would sort).
 */
export async function statsEmployments(
  db: DbOrTx,
  driver: Driver,
  organizationId: string,
  w: StatsWindow,
): Promise<StatsEmploymentRow[]> {
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
  const cols = {
    personId: employments.personId,
    birthDate: persons.birthDate,
    startDate: employments.startDate,
    endDate: employments.endDate,
    hoursPerWeek: employments.hoursPerWeek,
    unitId: employments.unitId,
  };
  const person = and(
    eq(persons.organizationId, employments.organizationId),
    eq(persons.id, employments.personId),
  );
  const where = and(
    eq(employments.organizationId, organizationId),
    or(inArray(employments.personId, employedInPeriod), inArray(employments.personId, sickInWindow)),
  );
  if (driver === 'postgres') return db.select(cols).from(employments).leftJoin(persons, person).where(where);
  const [row] = await db
    .select({ rows: jsonRows(cols) })
    .from(employments)
    .leftJoin(persons, person)
    .where(where);
  return fromJsonRows(cols, row?.rows);
}

export type StatsReportRow = {
  id: string;
  personId: string;
  startDate: string;
  endDate: string | null;
  segmentFrom: string | null;
  segmentPercentage: number | null;
};

/**
 * Sick reports overlapping `[lookBackFrom, to]`, whole (their first sick day may lie long before),
 * each with its recovery segments that lie inside it (one left outside by a later correction of
 * the report's dates is ignored, as the domain requires): one row per segment, or one row with
 * null segment columns for a report without any.
 */
export async function statsReports(
  db: DbOrTx,
  driver: Driver,
  organizationId: string,
  w: StatsWindow,
): Promise<StatsReportRow[]> {
  const cols = {
    id: reports.id,
    personId: reports.personId,
    startDate: reports.startDate,
    endDate: reports.endDate,
    segmentFrom: segments.fromDate,
    segmentPercentage: segments.incapacityPercentage,
  };
  const own = and(
    eq(segments.organizationId, reports.organizationId),
    eq(segments.reportId, reports.id),
    gte(segments.fromDate, reports.startDate),
    or(isNull(reports.endDate), lte(segments.fromDate, reports.endDate)),
  );
  const where = and(eq(reports.organizationId, organizationId), reportOverlaps(w.lookBackFrom, w.to));
  if (driver === 'postgres') return db.select(cols).from(reports).leftJoin(segments, own).where(where);
  const [row] = await db
    .select({ rows: jsonRows(cols) })
    .from(reports)
    .leftJoin(segments, own)
    .where(where);
  return fromJsonRows(cols, row?.rows);
}
