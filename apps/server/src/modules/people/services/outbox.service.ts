import { schema } from '@inzetbaar/db';
import { desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Deps } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';

/** Demo/dev only: the organisation's mails plus system mails (password resets carry no organisation). */
export async function listOutbox(deps: Deps, organizationId: string, page: number, pageSize: number) {
  if (!deps.env.isDemo) throw notFound();
  const { outboxMails } = schema;
  const where = or(eq(outboxMails.organizationId, organizationId), isNull(outboxMails.organizationId));
  const [{ total } = { total: 0 }] = await deps.db
    .select({ total: sql<number>`count(*)::int` })
    .from(outboxMails)
    .where(where);
  const rows = await deps.db
    .select()
    .from(outboxMails)
    .where(where)
    .orderBy(desc(outboxMails.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const items = rows.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  }));
  return { items, total, page, pageSize };
}
