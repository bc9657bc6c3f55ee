import { type DbOrTx, schema } from '@inzetbaar/db';
import { asc, eq } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { lloBudgetRules } = schema;
export type BudgetRuleRow = typeof lloBudgetRules.$inferSelect;

export const listBudgetRules = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(lloBudgetRules)
    .where(eq(lloBudgetRules.organizationId, organizationId))
    .orderBy(asc(lloBudgetRules.fromYear));
export const findBudgetRule = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloBudgetRules, organizationId, id);
/** Insert, or undefined when a rule from that year exists already. */
export async function insertBudgetRule(db: DbOrTx, v: typeof lloBudgetRules.$inferInsert) {
  const [row] = await db.insert(lloBudgetRules).values(v).onConflictDoNothing().returning();
  return row;
}
export const updateBudgetRule = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloBudgetRules.$inferInsert>,
) => updateVersioned(db, lloBudgetRules, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteBudgetRule = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, lloBudgetRules, organizationId, id, version);
