import type { TAuditEvent } from '@inzetbaar/contracts';
import { schema } from '@inzetbaar/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor';
import { type AuditFilter, listAuditEvents } from '../../../platform/audit/audit.repo';
import type { Deps } from '../../../platform/http/context';
import { displayName } from '../../people/repo/people.repo';

export async function listAuditPage(deps: Deps, actor: Actor, filter: Omit<AuditFilter, 'organizationId'>) {
  const organizationId = actor.organizationId as string;
  const { total, rows } = await listAuditEvents(deps.db, { ...filter, organizationId });
  const userIds = [...new Set(rows.map((r) => r.actorUserId).filter((v): v is string => !!v))];
  const personIds = [...new Set(rows.map((r) => r.subjectPersonId).filter((v): v is string => !!v))];
  const [users, people] = await Promise.all([
    userIds.length
      ? deps.db
          .select({ id: schema.user.id, name: schema.user.name })
          .from(schema.user)
          .where(inArray(schema.user.id, userIds))
      : [],
    personIds.length
      ? deps.db
          .select()
          .from(schema.persons)
          .where(
            and(eq(schema.persons.organizationId, organizationId), inArray(schema.persons.id, personIds)),
          )
      : [],
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const personName = new Map(people.map((p) => [p.id, displayName(p)]));
  const items: TAuditEvent[] = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorName: r.actorUserId ? (userName.get(r.actorUserId) ?? null) : null,
    action: r.action,
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    subjectPersonId: r.subjectPersonId,
    subjectName: r.subjectPersonId ? (personName.get(r.subjectPersonId) ?? null) : null,
    ip: r.ip,
    details: r.details ?? null,
  }));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}
