import { type DbOrTx, schema } from '@inzetbaar/db';
import { asc, eq } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloFundingSchemes } = schema;
export type FundingSchemeRow = typeof lloFundingSchemes.$inferSelect;

export const listOwnFundingSchemes = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(lloFundingSchemes)
    .where(eq(lloFundingSchemes.organizationId, organizationId))
    .orderBy(asc(lloFundingSchemes.createdAt));
export const findOwnFundingScheme = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloFundingSchemes, organizationId, id);
export const insertOwnFundingScheme = async (db: DbOrTx, v: typeof lloFundingSchemes.$inferInsert) =>
  one(await db.insert(lloFundingSchemes).values(v).returning());
export const updateOwnFundingScheme = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloFundingSchemes.$inferInsert>,
) => updateVersioned(db, lloFundingSchemes, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteOwnFundingScheme = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, lloFundingSchemes, organizationId, id, version);
