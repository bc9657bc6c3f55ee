import { z } from '@hono/zod-openapi';
import { ZSafeText } from './input-text';

/**
 * Scopes of an API token: a resource and read or write. There is deliberately no medical scope:
 * medical notes, medical documents and functional capabilities written by the bedrijfsarts never
 * leave the app through a token (docs/api.md). `write` does not include `read`.
 */
export const API_TOKEN_SCOPES = [
  'organization:read',
  'units:read',
  'units:write',
  'people:read',
  'people:write',
  'absence:read',
  'absence:write',
  'arbo:read',
  'arbo:write',
  'development:read',
  'development:write',
  'audit:read',
] as const;
export type TApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Days a token may live: at most a year, so a forgotten token does not work for ever. */
export const API_TOKEN_MAX_DAYS = 366;

export const ZApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The first characters of the secret, to recognise it (`inz_AbCd…`). */
    prefix: z.string(),
    scopes: z.array(z.enum(API_TOKEN_SCOPES)),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .openapi('ApiToken');
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZCreateApiToken = z
  .object({
    name: ZSafeText.pipe(z.string().trim().min(1).max(100)),
    scopes: z
      .array(z.enum(API_TOKEN_SCOPES))
      .min(1)
      .refine((s) => new Set(s).size === s.length, 'duplicate_scope'),
    /** Days from today until the token stops working (1–366). */
    expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS),
  })
  .strict()
  .openapi('CreateApiToken', {
    example: {
      name: 'Salarisadministratie (AFAS)',
      scopes: ['people:read', 'absence:read'],
      expiresInDays: 90,
    },
  });
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

/** The answer to a creation: the only time the secret is shown. */
export const ZCreatedApiToken = z.object({ token: ZApiToken, secret: z.string() }).openapi('CreatedApiToken');
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;
