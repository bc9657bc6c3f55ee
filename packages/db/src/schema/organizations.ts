import { ORGANIZATION_KINDS } from '@inzetbaar/domain/organization';
import { doublePrecision, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, updatedAt, version } from './columns';

export const organizations = pgTable('organizations', {
  id: id(),
  name: text().notNull(),
  /** Kamer van Koophandel number: 8 digits, optional. */
  kvkNumber: text(),
  /** SBI 2008 section letter (A–U) and optional two-digit division. */
  sbiSection: text().notNull(),
  sbiDivision: text(),
  kind: text({ enum: ORGANIZATION_KINDS }).notNull().default('employer'),
  timeZone: text().notNull().default('Europe/Amsterdam'),
  fullTimeHours: doublePrecision().notNull().default(40),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const units = pgTable(
  'units',
  {
    id: id(),
    organizationId: organizationId(),
    parentId: text(),
    name: text().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.parentId), unique().on(t.organizationId, t.parentId, t.name)],
);
