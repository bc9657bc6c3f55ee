import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId } from './columns';

/**
 * API tokens of integrations (payroll, HR system, arbodienst): created by HR, scoped to resources
 * and read/write, shown once. Only the SHA-256 of the secret is stored; the secret has 256 bits of
 * randomness, so a plain hash (no salt, no slow KDF) is enough and allows a lookup by index.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    /** The first characters of the secret (`inz_AbCd`), so HR can recognise a token in a list or a log. */
    prefix: text().notNull(),
    /** SHA-256 (hex) of the whole secret; the secret itself is never stored. */
    tokenHash: text().notNull().unique(),
    /** Scopes such as `people:read`, `absence:write` (contracts: API_TOKEN_SCOPES). */
    scopes: jsonb().$type<string[]>().notNull(),
    createdByUserId: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedByUserId: text(),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.createdAt)],
);
