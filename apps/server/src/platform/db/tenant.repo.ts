import type { DbOrTx } from '@inzetbaar/db';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** A tenant table: every row belongs to one organisation (docs/architecture.md §3). */
type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };
/** A tenant table whose rows people edit together: optimistic concurrency by `version`. */
type VersionedTable = TenantTable & { version: PgColumn };

/** The row with `id` in the organisation, or undefined (also for another organisation's row). */
export async function findInOrganization<T extends TenantTable>(
  db: DbOrTx,
  table: T,
  organizationId: string,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id)));
  return row as T['$inferSelect'] | undefined;
}

/**
 * Optimistic update: applies `patch` and bumps `version` only when the row still has the
 * `version` the client read. Undefined means a stale version or no such row — the caller tells
 * them apart (409 or 404).
 */
export async function updateVersioned<T extends VersionedTable>(
  db: DbOrTx,
  table: T,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .update(table as PgTable)
    .set({ ...patch, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id), eq(table.version, version)))
    .returning();
  return row as T['$inferSelect'] | undefined;
}

/**
 * Optimistic delete: removes the row only when it still has the `version` the client read.
 * Undefined means a stale version or no such row — the caller tells them apart (409 or 404).
 */
export async function deleteVersioned<T extends VersionedTable>(
  db: DbOrTx,
  table: T,
  organizationId: string,
  id: string,
  version: number,
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .delete(table as PgTable)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id), eq(table.version, version)))
    .returning();
  return row as T['$inferSelect'] | undefined;
}
