import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';

const { interventionSignups, interventionOffers, employments } = schema;

export const signupsOfPerson = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select({ interventionId: interventionSignups.interventionId })
    .from(interventionSignups)
    .where(
      and(eq(interventionSignups.organizationId, organizationId), eq(interventionSignups.personId, personId)),
    );

export async function insertSignup(db: DbOrTx, v: typeof interventionSignups.$inferInsert) {
  await db.insert(interventionSignups).values(v).onConflictDoNothing();
}

export async function deleteSignup(
  db: DbOrTx,
  organizationId: string,
  interventionId: string,
  personId: string,
) {
  await db
    .delete(interventionSignups)
    .where(
      and(
        eq(interventionSignups.organizationId, organizationId),
        eq(interventionSignups.interventionId, interventionId),
        eq(interventionSignups.personId, personId),
      ),
    );
}

/** Sign-ups counted per intervention and unit (no person). */
export const signupCounts = (db: DbOrTx, organizationId: string) =>
  db
    .select({
      interventionId: interventionSignups.interventionId,
      unit: interventionSignups.unitId,
      n: sql<number>`count(*)::int`,
    })
    .from(interventionSignups)
    .where(eq(interventionSignups.organizationId, organizationId))
    .groupBy(interventionSignups.interventionId, interventionSignups.unitId);

export async function insertOffers(db: DbOrTx, rows: (typeof interventionOffers.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(interventionOffers).values(rows).returning({ id: interventionOffers.id });
}

/** Interventions recommended to anyone in `unitIds` or to the whole organisation. */
export async function offeredTo(db: DbOrTx, organizationId: string, unitIds: string[]) {
  const rows = await db
    .selectDistinct({ interventionId: interventionOffers.interventionId })
    .from(interventionOffers)
    .where(
      and(
        eq(interventionOffers.organizationId, organizationId),
        or(
          isNull(interventionOffers.unitId),
          unitIds.length ? inArray(interventionOffers.unitId, unitIds) : undefined,
        ),
      ),
    );
  return new Set(rows.map((r) => r.interventionId));
}

/** The units of a person's running employments on `day`. */
export async function currentUnitsOf(db: DbOrTx, organizationId: string, personId: string, day: string) {
  const rows = await db
    .select({ unitId: employments.unitId })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        eq(employments.personId, personId),
        sql`${employments.startDate} <= ${day}`,
        sql`(${employments.endDate} is null or ${employments.endDate} >= ${day})`,
      ),
    );
  return rows.map((r) => r.unitId).filter((u): u is string => !!u);
}
