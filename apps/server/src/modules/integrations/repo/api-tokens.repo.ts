import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, inArray } from 'drizzle-orm';

const { apiTokens } = schema;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: DbOrTx, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('insert api token returned nothing');
  return row;
}

export const listApiTokens = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt));

export async function findApiToken(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id)));
  return row;
}

/** The lookup of a presented secret: by its hash, before the organisation is known. */
export async function findApiTokenByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function revokeApiTokenRow(
  db: DbOrTx,
  organizationId: string,
  id: string,
  at: Date,
  byUserId: string,
) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at, revokedByUserId: byUserId })
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id)))
    .returning();
  return row;
}

export async function touchApiToken(db: DbOrTx, organizationId: string, id: string, at: Date) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.organizationId, organizationId), eq(apiTokens.id, id)));
}

/** Display names of the users who created tokens (user ids → name). */
export async function userNamesByIds(db: DbOrTx, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ id: schema.user.id, name: schema.user.name })
    .from(schema.user)
    .where(inArray(schema.user.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
