import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloPopGoals } = schema;
export type GoalRow = typeof lloPopGoals.$inferSelect;

export const listGoals = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(lloPopGoals)
    .where(and(eq(lloPopGoals.organizationId, organizationId), eq(lloPopGoals.personId, personId)))
    .orderBy(asc(lloPopGoals.createdAt));
export const findGoal = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloPopGoals, organizationId, id);
export const insertGoal = async (db: DbOrTx, v: typeof lloPopGoals.$inferInsert) =>
  one(await db.insert(lloPopGoals).values(v).returning());
export const updateGoal = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloPopGoals.$inferInsert>,
) => updateVersioned(db, lloPopGoals, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteGoal = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, lloPopGoals, organizationId, id, version);
