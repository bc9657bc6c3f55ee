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
  /** When, if not now (an anonymous report is stamped with its day only). */
  at?: Date;
};

/** Who acted: a resolved actor, or the user and person of a flow without a session (an accepted invitation). */
export type AuditActor = Pick<Actor, 'userId' | 'personId' | 'ip'> & Partial<Pick<Actor, 'apiToken'>>;

/**
 * Write an audit event — the only way to write one (a test fails when code inserts into
 * audit_events elsewhere). Pass the transaction of the change it records, so the event and the
 * change commit or roll back together (docs/architecture.md §3).
 */
export async function recordAudit(
  db: DbOrTx,
  actor: AuditActor | null,
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
    ...(entry.at ? { at: entry.at } : {}),
  });
}
