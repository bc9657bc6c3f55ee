import { ABSENCE_DOCUMENT_KINDS } from '@inzetbaar/domain/poortwachter/vocabulary';
import { customType, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from './columns';

/*
 * Documents of the occupational physician on an absence case (issue 3, item 4), and the personal
 * calendar feeds. A document is medical (physician only) until the physician releases it to the
 * employer — a deliberate act, recorded with who and when (domain-rules §2.1: the employer
 * receives only functional limitations, possibilities and work advice, never a diagnosis).
 */

/** Binary content (bytea): a Uint8Array in, a Uint8Array out, on PGlite and node-postgres alike. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer)),
});

/** The document's metadata; the bytes live in `absence_document_contents`, so listing never loads them. */
export const absenceDocuments = pgTable(
  'absence_documents',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    /** The person the case is about (the subject of every audit event on the document). */
    personId: text().notNull(),
    kind: text({ enum: ABSENCE_DOCUMENT_KINDS }).notNull(),
    title: text().notNull(),
    /** The uploaded name, reduced to safe characters. */
    fileName: text().notNull(),
    /** Detected from the content (magic bytes), never taken from the client. */
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    uploadedByPersonId: text(),
    createdAt: createdAt(),
    /** Set while the document is released to the employer; null = medical (physician only). */
    releasedAt: timestamp({ withTimezone: true }),
    releasedByPersonId: text(),
  },
  (t) => [index().on(t.organizationId, t.caseId)],
);

export const absenceDocumentContents = pgTable('absence_document_contents', {
  documentId: text().primaryKey(),
  organizationId: organizationId(),
  content: bytea().notNull(),
});

/**
 * A personal calendar subscription (iCal feed) of a user in an organisation: one per person.
 * Only the SHA-256 of the token is stored; regenerating replaces the row, revoking deletes it.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    userId: text().notNull(),
    /** Not a unique key on its own (unique keys start with organization_id): 256 random bits do not collide. */
    tokenHash: text().notNull(),
    /** Language of the event titles (the user's language when the feed was made). */
    lang: text({ enum: ['nl', 'en'] }).notNull(),
    createdAt: createdAt(),
    /** Last time a calendar app fetched the feed (updated at most once per hour). */
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.organizationId, t.personId), index().on(t.tokenHash)],
);
