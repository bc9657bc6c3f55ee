import { type DbOrTx, schema } from '@inzetbaar/db';
import { eq, inArray } from 'drizzle-orm';

const { user } = schema;

/**
 * Accounts are not tenant rows (one account may work for several organisations): callers pass ids
 * they took from their own organisation's rows.
 */
export async function listUserNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids));
}

export async function findUserEmail(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ email: user.email }).from(user).where(eq(user.id, id));
  return row?.email ?? null;
}
