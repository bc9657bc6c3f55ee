import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { organizations } = schema;
export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrganization(db: DbOrTx, organizationId: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  return row;
}

/** The organisations of `ids`, whole rows, by name (one statement for /me: names and the current one). */
export async function organizationRowsByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

export async function countOrganizations(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return row?.n ?? 0;
}

export async function insertOrganization(db: DbOrTx, values: typeof organizations.$inferInsert) {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('insert organization returned nothing');
  return row;
}

/** Optimistic update: returns undefined when the version is stale or the row is missing. */
export async function updateOrganization(
  db: DbOrTx,
  organizationId: string,
  version: number,
  patch: Partial<typeof organizations.$inferInsert>,
) {
  const [row] = await db
    .update(organizations)
    .set({ ...patch, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, organizationId), eq(organizations.version, version)))
    .returning();
  return row;
}

export async function listAllOrganizations(db: DbOrTx) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.name));
}
