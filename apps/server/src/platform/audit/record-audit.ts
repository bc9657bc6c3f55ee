import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../auth/actor';
import { insertAuditEvent } from './audit.repo';

export type AuditEntry = {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** Whose file it concerns: shown to that person on "wie heeft mijn dossier bekeken". */
  subjectPersonId?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Write an audit event. Pass the transaction of the change it records, so the event and the
 * change commit or roll back together (docs/architecture.md §3).
 */
export async function recordAudit(
  db: DbOrTx,
  actor: Actor | null,
  organizationId: string,
  entry: AuditEntry,
) {
  await insertAuditEvent(db, {
    organizationId,
    actorUserId: actor?.userId ?? null,
    actorPersonId: actor?.personId ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    subjectPersonId: entry.subjectPersonId ?? null,
    ip: actor?.ip ?? null,
    // a call by an integration names its API token in every event (docs/api.md)
    details: actor?.apiToken
      ? { ...entry.details, apiToken: { id: actor.apiToken.id, name: actor.apiToken.name } }
      : (entry.details ?? null),
  });
}
