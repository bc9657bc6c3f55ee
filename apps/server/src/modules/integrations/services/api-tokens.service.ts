import type { TApiToken, TApiTokenScope, TCreateApiToken, TCreatedApiToken } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { apiTokenDisplayPrefix, hashApiTokenSecret, newApiTokenSecret } from '../../../auth/api-token-secret';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import {
  type ApiTokenRow,
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiTokenRow,
  userNamesByIds,
} from '../repo/api-tokens.repo';

const DAY_MS = 86_400_000;

function present(row: ApiTokenRow, now: Date, names: Map<string, string>): TApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as TApiTokenScope[],
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByUserId ? (names.get(row.createdByUserId) ?? null) : null,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    status: row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
  };
}

const userNames = (deps: Deps, ids: (string | null)[]) =>
  userNamesByIds(deps.db, [...new Set(ids.filter((v): v is string => !!v))]);

export async function getApiTokens(deps: Deps, organizationId: string): Promise<TApiToken[]> {
  const rows = await listApiTokens(deps.db, organizationId);
  const names = await userNames(
    deps,
    rows.map((r) => r.createdByUserId),
  );
  return rows.map((r) => present(r, deps.clock.now(), names));
}

/** Create a token; the secret is in this answer only (its SHA-256 is what is stored). */
export async function createApiToken(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: TCreateApiToken,
): Promise<TCreatedApiToken> {
  const now = deps.clock.now();
  const secret = newApiTokenSecret();
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      organizationId,
      name: input.name,
      prefix: apiTokenDisplayPrefix(secret),
      tokenHash: hashApiTokenSecret(secret),
      scopes: [...input.scopes],
      createdByUserId: actor.userId,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      createdAt: now,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'api_token.create',
      resourceType: 'api_token',
      resourceId: inserted.id,
      details: { name: input.name, scopes: input.scopes, expiresAt: inserted.expiresAt.toISOString() },
    });
    return inserted;
  });
  return { token: present(row, now, new Map([[actor.userId, actor.userName]])), secret };
}

/** Revoke a token: it stops working at once. Revoking a revoked token changes nothing. */
export async function revokeApiToken(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  id: string,
): Promise<TApiToken> {
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const existing = await findApiToken(tx, organizationId, id);
    if (!existing) throw notFound();
    if (existing.revokedAt) return existing;
    const revoked = await revokeApiTokenRow(tx, organizationId, id, now, actor.userId);
    if (!revoked) throw notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'api_token.revoke',
      resourceType: 'api_token',
      resourceId: id,
      details: { name: existing.name },
    });
    return revoked;
  });
  return present(row, now, await userNames(deps, [row.createdByUserId]));
}
