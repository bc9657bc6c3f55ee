import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';

const { calendarFeeds } = schema;

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

export async function feedOfPerson(db: DbOrTx, organizationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.personId, personId)));
  return row;
}

/**
 * The feed with this token hash, in any organisation: the token is the only credential of the
 * public feed URL, so this is the one lookup that cannot start from an organisation.
 */
export async function feedByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row;
}

/** Make or replace the person's feed: a new token revokes the old one in the same statement. */
export async function replaceFeed(db: DbOrTx, values: typeof calendarFeeds.$inferInsert) {
  const [row] = await db
    .insert(calendarFeeds)
    .values(values)
    .onConflictDoUpdate({
      target: [calendarFeeds.organizationId, calendarFeeds.personId],
      set: {
        tokenHash: values.tokenHash,
        userId: values.userId,
        lang: values.lang,
        createdAt: values.createdAt ?? new Date(),
        lastUsedAt: null,
      },
    })
    .returning();
  return row as CalendarFeedRow;
}

export async function deleteFeed(db: DbOrTx, organizationId: string, personId: string) {
  const rows = await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.personId, personId)))
    .returning({ id: calendarFeeds.id });
  return rows.length > 0;
}

export async function touchFeed(db: DbOrTx, organizationId: string, id: string, at: Date) {
  await db
    .update(calendarFeeds)
    .set({ lastUsedAt: at })
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.id, id)));
}

/** The account behind a feed (name and e-mail for the actor; better-auth's table). */
export async function findUser(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: schema.user.id,
      name: schema.user.name,
      email: schema.user.email,
      twoFactorEnabled: schema.user.twoFactorEnabled,
    })
    .from(schema.user)
    .where(eq(schema.user.id, userId));
  return row;
}
