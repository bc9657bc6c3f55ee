import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { mobilityReorganisations, mobilityCases } = schema;
export type ReorganisationRow = typeof mobilityReorganisations.$inferSelect;
export type CaseRow = typeof mobilityCases.$inferSelect;

export const listReorganisations = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(mobilityReorganisations)
    .where(eq(mobilityReorganisations.organizationId, organizationId))
    .orderBy(desc(mobilityReorganisations.announcedOn));
export const findReorganisation = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, mobilityReorganisations, organizationId, id);
export async function insertReorganisation(db: DbOrTx, v: typeof mobilityReorganisations.$inferInsert) {
  const [row] = await db.insert(mobilityReorganisations).values(v).returning();
  return row as ReorganisationRow;
}
export const updateReorganisation = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof mobilityReorganisations.$inferInsert>,
) =>
  updateVersioned(db, mobilityReorganisations, organizationId, id, version, {
    ...patch,
    updatedAt: new Date(),
  });

export type CaseFilter = { reorganisationIds?: readonly string[]; coachPersonId?: string };
export function listCases(db: DbOrTx, organizationId: string, f: CaseFilter = {}) {
  const where = [eq(mobilityCases.organizationId, organizationId)];
  if (f.reorganisationIds)
    where.push(
      inArray(mobilityCases.reorganisationId, f.reorganisationIds.length ? [...f.reorganisationIds] : ['']),
    );
  if (f.coachPersonId) where.push(eq(mobilityCases.coachPersonId, f.coachPersonId));
  return db
    .select()
    .from(mobilityCases)
    .where(and(...where))
    .orderBy(asc(mobilityCases.createdAt));
}
export const findCase = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, mobilityCases, organizationId, id);
/** New cases; people already in the reorganisation are skipped (returned rows only for the new ones). */
export const insertCases = (db: DbOrTx, values: (typeof mobilityCases.$inferInsert)[]) =>
  values.length
    ? db.insert(mobilityCases).values(values).onConflictDoNothing().returning()
    : Promise.resolve([]);
export const updateCase = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof mobilityCases.$inferInsert>,
) => updateVersioned(db, mobilityCases, organizationId, id, version, { ...patch, updatedAt: new Date() });
