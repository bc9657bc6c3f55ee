import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { mobilityOpenings } = schema;
export type OpeningRow = typeof mobilityOpenings.$inferSelect;

export function listOpenings(db: DbOrTx, organizationId: string, status: OpeningRow['status'] | 'all') {
  const where = [eq(mobilityOpenings.organizationId, organizationId)];
  if (status !== 'all') where.push(eq(mobilityOpenings.status, status));
  return db
    .select()
    .from(mobilityOpenings)
    .where(and(...where))
    .orderBy(asc(mobilityOpenings.closesOn), asc(mobilityOpenings.title));
}
export const findOpening = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, mobilityOpenings, organizationId, id);
export async function insertOpening(db: DbOrTx, v: typeof mobilityOpenings.$inferInsert) {
  const [row] = await db.insert(mobilityOpenings).values(v).returning();
  return row as OpeningRow;
}
export const updateOpening = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof mobilityOpenings.$inferInsert>,
) => updateVersioned(db, mobilityOpenings, organizationId, id, version, { ...patch, updatedAt: new Date() });
