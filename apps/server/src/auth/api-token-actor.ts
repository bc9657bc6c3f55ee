import { timingSafeEqual } from 'node:crypto';
import { findApiTokenByHash, touchApiToken } from '../modules/integrations/repo/api-tokens.repo';
import { recordAudit } from '../platform/audit/record-audit';
import type { Deps } from '../platform/http/context';
import { AppError } from '../platform/http/problem';
import { type RateLimitState, takeTokenRequest } from '../platform/http/token-rate-limit';
import type { Actor } from './actor';
import { hashApiTokenSecret, isApiTokenSecret } from './api-token-secret';

/** What an actor carries when an integration calls with a token. */
export type ApiTokenActor = {
  id: string;
  name: string;
  scopes: readonly string[];
  rateLimit: RateLimitState;
};

/** The request a token is used for, written to the audit log. */
export type TokenUse = { method: string; path: string };

/** 401 with the challenge of RFC 6750 §3: an unknown, expired or revoked token. */
const invalidToken = () =>
  new AppError(401, 'api_token_invalid', [], undefined, {
    'WWW-Authenticate': 'Bearer realm="inzetbaar", error="invalid_token"',
  });

/**
 * The actor of an `Authorization: Bearer inz_…` request: the token's organisation with the rights
 * of HR narrowed to the token's scopes (platform/access/token-scopes.ts). Unknown, malformed,
 * expired and revoked tokens get 401 — never a fall-back to the session cookie. Every use is
 * counted against the token's rate limit and written to the audit log with the token's name.
 */
export async function actorForApiToken(
  deps: Deps,
  secret: string,
  ip: string | null,
  use: TokenUse | undefined,
): Promise<Actor> {
  if (!isApiTokenSecret(secret)) throw invalidToken();
  const hash = hashApiTokenSecret(secret);
  const row = await findApiTokenByHash(deps.db, hash);
  // the lookup is by index on the hash; compare in constant time anyway
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), Buffer.from(hash, 'hex')))
    throw invalidToken();
  const now = deps.clock.now();
  if (row.revokedAt || row.expiresAt.getTime() <= now.getTime()) throw invalidToken();
  const rateLimit = takeTokenRequest(deps, row.id);
  const actor: Actor = {
    userId: `api-token:${row.id}`,
    userName: row.name,
    email: '',
    // created by HR behind two-factor authentication; the token itself is the second factor's heir
    twoFactorEnabled: true,
    organizationId: row.organizationId,
    personId: null,
    organizationIds: [row.organizationId],
    roles: [{ role: 'hr', unitId: null }],
    managedUnitIds: new Set(),
    ip,
    language: null,
    apiToken: { id: row.id, name: row.name, scopes: row.scopes, rateLimit },
  };
  await deps.db.transaction(async (tx) => {
    await touchApiToken(tx, row.organizationId, row.id, now);
    await recordAudit(tx, actor, row.organizationId, {
      action: 'api_token.use',
      resourceType: 'api_token',
      resourceId: row.id,
      details: { method: use?.method ?? null, path: use?.path ?? null },
    });
  });
  return actor;
}
