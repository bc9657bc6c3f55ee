import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { units, employments } = schema;
export type UnitRow = typeof units.$inferSelect;

export async function listUnits(db: DbOrTx, organizationId: string) {
  return db.select().from(units).where(eq(units.organizationId, organizationId)).orderBy(asc(units.name));
}

/** Current headcount per unit (employments running today). */
export async function headcountByUnit(db: DbOrTx, organizationId: string, today: string) {
  const rows = await db
    .select({ unitId: employments.unitId, n: sql<number>`count(distinct ${employments.personId})::int` })
    .from(employments)
    .where(
      and(
        eq(employments.organizationId, organizationId),
        sql`${employments.startDate} <= ${today}`,
        sql`(${employments.endDate} is null or ${employments.endDate} >= ${today})`,
      ),
    )
    .groupBy(employments.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

export const findUnit = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, units, organizationId, id);

export async function insertUnit(db: DbOrTx, values: typeof units.$inferInsert) {
  const [row] = await db.insert(units).values(values).returning();
  if (!row) throw new Error('insert unit returned nothing');
  return row;
}

export const updateUnit = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: { name?: string; parentId?: string | null },
) => updateVersioned(db, units, organizationId, id, version, { ...patch, updatedAt: new Date() });

export async function deleteUnit(db: DbOrTx, organizationId: string, id: string) {
  await db.delete(units).where(and(eq(units.organizationId, organizationId), eq(units.id, id)));
}

export async function countEmploymentsInUnit(db: DbOrTx, organizationId: string, unitId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(employments)
    .where(and(eq(employments.organizationId, organizationId), eq(employments.unitId, unitId)));
  return row?.n ?? 0;
}

/** Ids of `roots` and all their descendants, given the organisation's unit list. */
export function descendantUnitIds(
  all: readonly { id: string; parentId: string | null }[],
  roots: Iterable<string>,
) {
  const children = new Map<string, string[]>();
  for (const u of all) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
