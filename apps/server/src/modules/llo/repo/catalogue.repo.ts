import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloLearningItems } = schema;
export type LearningItemRow = typeof lloLearningItems.$inferSelect;

export type CatalogueFilter = {
  q?: string | undefined;
  skillRef?: string | undefined;
  kind?: LearningItemRow['kind'] | undefined;
  includeInactive?: boolean;
};

export function listLearningItems(db: DbOrTx, organizationId: string, f: CatalogueFilter = {}) {
  const where: (SQL | undefined)[] = [eq(lloLearningItems.organizationId, organizationId)];
  if (!f.includeInactive) where.push(eq(lloLearningItems.isActive, true));
  if (f.kind) where.push(eq(lloLearningItems.kind, f.kind));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(
      or(
        ilike(lloLearningItems.title, like),
        ilike(lloLearningItems.description, like),
        ilike(lloLearningItems.provider, like),
        ilike(lloLearningItems.code, like),
      ),
    );
  }
  // jsonb containment: the item teaches this skill
  if (f.skillRef)
    where.push(sql`${lloLearningItems.skills} @> ${JSON.stringify([{ ref: f.skillRef }])}::jsonb`);
  return db
    .select()
    .from(lloLearningItems)
    .where(and(...where))
    .orderBy(asc(lloLearningItems.title));
}
export const findLearningItem = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloLearningItems, organizationId, id);
export async function findLearningItemByCode(db: DbOrTx, organizationId: string, code: string) {
  const [row] = await db
    .select()
    .from(lloLearningItems)
    .where(and(eq(lloLearningItems.organizationId, organizationId), eq(lloLearningItems.code, code)));
  return row;
}
export const insertLearningItem = async (db: DbOrTx, v: typeof lloLearningItems.$inferInsert) =>
  one(await db.insert(lloLearningItems).values(v).returning());
export const updateLearningItem = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloLearningItems.$inferInsert>,
) => updateVersioned(db, lloLearningItems, organizationId, id, version, { ...patch, updatedAt: new Date() });
