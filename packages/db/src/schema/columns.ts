import { date, integer, text, timestamp } from 'drizzle-orm/pg-core';

/** Primary key: a random UUID generated in the application (works the same on PGlite and PostgreSQL). */
export const id = () =>
  text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** Every tenant table carries organization_id: tenant isolation and the Citus distribution column. */
export const organizationId = () => text().notNull();

/** Calendar date as `YYYY-MM-DD` (no time zone: see packages/domain/src/dates.ts). */
export const isoDate = () => date({ mode: 'string' });

/** Optimistic concurrency: a stale write (version mismatch) is refused with 409. */
export const version = () => integer().notNull().default(1);

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
