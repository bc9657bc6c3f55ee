import type { Deps } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import { listOutboxPage } from '../../../platform/mail/outbox.repo';

/** Demo/dev only: the organisation's mails plus system mails (password resets carry no organisation). */
export async function listOutbox(deps: Deps, organizationId: string, page: number, pageSize: number) {
  if (!deps.env.isDemo) throw notFound();
  const rows = await listOutboxPage(deps.db, organizationId, page, pageSize);
  // A page past the end has no rows to carry the total: count once more only then.
  const total =
    rows[0]?.total ?? (page > 1 ? ((await listOutboxPage(deps.db, organizationId, 1, 1))[0]?.total ?? 0) : 0);
  const items = rows.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  }));
  return { items, total, page, pageSize };
}
