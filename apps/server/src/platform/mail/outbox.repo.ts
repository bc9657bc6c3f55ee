import { type DbOrTx, schema } from '@inzetbaar/db';
import { desc, eq, isNull, or, sql } from 'drizzle-orm';

const { outboxMails } = schema;

/** The organisation's mails plus system mails (password resets carry no organisation), newest first. */
export async function listOutboxPage(db: DbOrTx, organizationId: string, page: number, pageSize: number) {
  const rows = await db
    .select({
      id: outboxMails.id,
      to: outboxMails.to,
      subject: outboxMails.subject,
      text: outboxMails.text,
      createdAt: outboxMails.createdAt,
      total: sql<number>`count(*) over()::int`,
    })
    .from(outboxMails)
    .where(or(eq(outboxMails.organizationId, organizationId), isNull(outboxMails.organizationId)))
    .orderBy(desc(outboxMails.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return rows;
}
