import type { TAuditEvent } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { type AuditFilter, listAuditEvents } from '../../../platform/audit/audit.repo';
import type { Deps } from '../../../platform/http/context';
import { displayName, listPersonsByIds } from '../../people/repo/people.repo';
import { listUserNames } from '../../people/repo/users.repo';

export async function listAuditPage(deps: Deps, actor: Actor, filter: Omit<AuditFilter, 'organizationId'>) {
  const organizationId = actor.organizationId as string;
  const { total, rows } = await listAuditEvents(deps.db, { ...filter, organizationId });
  const userIds = [...new Set(rows.map((r) => r.actorUserId).filter((v): v is string => !!v))];
  const personIds = [...new Set(rows.map((r) => r.subjectPersonId).filter((v): v is string => !!v))];
  const [users, people] = await Promise.all([
    listUserNames(deps.db, userIds),
    listPersonsByIds(deps.db, organizationId, personIds),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const personName = new Map(people.map((p) => [p.id, displayName(p)]));
  const items: TAuditEvent[] = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorName: r.actorUserId ? (userName.get(r.actorUserId) ?? apiTokenName(r.details)) : null,
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

/** An event caused by an integration names its API token (`details.apiToken`, see record-audit.ts). */
function apiTokenName(details: Record<string, unknown> | null): string | null {
  const token = details?.apiToken as { name?: unknown } | undefined;
  return typeof token?.name === 'string' ? `API-token: ${token.name}` : null;
}
