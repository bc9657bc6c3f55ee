import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';

const { auditEvents } = schema;
export type AuditInsert = typeof auditEvents.$inferInsert;

/** Append-only: there is deliberately no update or delete function for audit events. */
export async function insertAuditEvent(db: DbOrTx, event: AuditInsert) {
  await db.insert(auditEvents).values(event);
}

export type AuditFilter = {
  organizationId: string;
  action?: string;
  resourceType?: string;
  actorUserId?: string;
  subjectPersonId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export async function listAuditEvents(db: DbOrTx, f: AuditFilter) {
  const where: (SQL | undefined)[] = [
    eq(auditEvents.organizationId, f.organizationId),
    // Reports for the vertrouwenspersoon do not exist for anyone else, hr included (docs/rie.md §5):
    // their events stay in the table but are not listed.
    sql`not (${auditEvents.resourceType} = 'incident_report' and coalesce(${auditEvents.details}->>'routedTo', '') = 'confidential')`,
  ];
  if (f.action) where.push(eq(auditEvents.action, f.action));
  if (f.resourceType) where.push(eq(auditEvents.resourceType, f.resourceType));
  if (f.actorUserId) where.push(eq(auditEvents.actorUserId, f.actorUserId));
  if (f.subjectPersonId) where.push(eq(auditEvents.subjectPersonId, f.subjectPersonId));
  if (f.from) where.push(gte(auditEvents.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditEvents.at, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)));
  const condition = and(...where);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(condition);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(condition)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}
