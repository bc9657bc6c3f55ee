import { bigserial, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from './columns';

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    email: text().notNull(),
    /** SHA-256 of the token sent by mail; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    invitedByUserId: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId)],
);

/** Append-only: the application never updates or deletes a row of this table. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    organizationId: organizationId(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text(),
    actorPersonId: text(),
    action: text().notNull(),
    resourceType: text().notNull(),
    resourceId: text(),
    /** The person whose file this event concerns ("who viewed or changed my file"). */
    subjectPersonId: text(),
    ip: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index().on(t.organizationId, t.at), index().on(t.organizationId, t.subjectPersonId, t.at)],
);

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

/** In-process scheduler queue; claimed with UPDATE … RETURNING, idempotent by `key`. */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    key: text().notNull(),
    kind: text().notNull(),
    organizationId: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp({ withTimezone: true }).notNull(),
    status: text({ enum: JOB_STATUSES }).notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: createdAt(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.key), index().on(t.status, t.runAt)],
);

/** Every mail sent; in demo/dev mode readable on the outbox page instead of leaving the machine. */
export const outboxMails = pgTable('outbox_mails', {
  id: id(),
  organizationId: text(),
  to: text().notNull(),
  subject: text().notNull(),
  text: text().notNull(),
  sentAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

/** A people import between preview and confirmation: confirm writes exactly what was previewed. */
export const peopleImports = pgTable(
  'people_imports',
  {
    id: id(),
    organizationId: organizationId(),
    createdByUserId: text(),
    fileName: text().notNull(),
    status: text({ enum: ['preview', 'committed'] })
      .notNull()
      .default('preview'),
    rows: jsonb().$type<unknown[]>().notNull(),
    errors: jsonb().$type<unknown[]>().notNull(),
    summary: jsonb().$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
    committedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.organizationId)],
);

/** Audit ids are sequential; exported so the audit page can paginate by cursor. */
export type AuditEventId = number;
