import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloRequests } = schema;
export type RequestRow = typeof lloRequests.$inferSelect;

export type RequestFilter = {
  status?: RequestRow['status'] | undefined;
  personIds?: readonly string[] | undefined;
  ids?: readonly string[] | undefined;
};

export function listRequests(db: DbOrTx, organizationId: string, f: RequestFilter = {}) {
  const where: (SQL | undefined)[] = [eq(lloRequests.organizationId, organizationId)];
  if (f.status) where.push(eq(lloRequests.status, f.status));
  if (f.personIds) where.push(inArray(lloRequests.personId, f.personIds.length ? [...f.personIds] : ['']));
  if (f.ids) where.push(inArray(lloRequests.id, f.ids.length ? [...f.ids] : ['']));
  return db
    .select()
    .from(lloRequests)
    .where(and(...where))
    .orderBy(desc(lloRequests.createdAt));
}
export const findRequest = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloRequests, organizationId, id);
export const insertRequest = async (db: DbOrTx, v: typeof lloRequests.$inferInsert) =>
  one(await db.insert(lloRequests).values(v).returning());
export const updateRequest = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloRequests.$inferInsert>,
) => updateVersioned(db, lloRequests, organizationId, id, version, { ...patch, updatedAt: new Date() });
