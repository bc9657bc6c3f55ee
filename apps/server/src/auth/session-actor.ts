import { webcrypto as crypto } from 'node:crypto';
import type { TRole } from '@inzetbaar/contracts';
import type { AppDb } from '@inzetbaar/db';
import type { Deps } from '../platform/http/context';
import type { Actor } from './actor';
import type { Auth } from './auth';

type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/*
 * The actor of a request in one step (issue #10): the session cookie's signature checked with a key
 * imported once per process, then session, user, persons, organisations, role assignments and the
 * managed unit tree in ONE statement by the session token. better-auth still signs people in and
 * issues, refreshes and revokes sessions; it is not on the path of an ordinary request any more.
 *
 * Per process, resolved actors are kept for a while, tagged with `actor_generation` — a counter
 * that triggers bump in the same transaction as every change of a user, person, organisation,
 * unit, role assignment or employment (migration 0013). A request with a kept actor still asks the
 * database, in one small statement, for the counter and its session's expiry: a changed counter
 * or a session that is gone or expired means the actor is read afresh, so a revoked role or a
 * signed-out session bites on the next request, in every process and on every host.
 */

/** The session token of the request's cookie, when its signature is right; else null. */
export type SessionCookie = { token: string; dontRememberMe: boolean };

type CookieKit = {
  name: string;
  dontRememberName: string;
  key: CryptoKey;
  expiresIn: number;
  updateAge: number;
};
const kits = new WeakMap<Auth, Promise<CookieKit>>();

/** better-auth's cookie names, session lifetimes and the HMAC key, imported once per auth instance. */
function cookieKit(auth: Auth): Promise<CookieKit> {
  let kit = kits.get(auth);
  if (!kit) {
    kit = (async () => {
      const ctx = await auth.$context;
      const key = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(ctx.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      return {
        name: ctx.authCookies.sessionToken.name,
        dontRememberName: ctx.authCookies.dontRememberToken.name,
        key,
        expiresIn: ctx.sessionConfig.expiresIn,
        updateAge: ctx.sessionConfig.updateAge,
      };
    })();
    kits.set(auth, kit);
  }
  return kit;
}

/** The value of cookie `name` in a Cookie header (first occurrence, URL-decoded), as better-call reads it. */
function cookieValue(header: string, name: string): string | null {
  let from = 0;
  while (from < header.length) {
    const eq = header.indexOf('=', from);
    if (eq === -1) return null;
    let end = header.indexOf(';', from);
    if (end === -1) end = header.length;
    else if (end < eq) {
      from = end + 1;
      continue;
    }
    if (header.slice(from, eq).trim() === name) {
      let v = header.slice(eq + 1, end).trim();
      if (v.charCodeAt(0) === 34) v = v.slice(1, -1);
      try {
        return decodeURIComponent(v);
      } catch {
        return v;
      }
    }
    from = end + 1;
  }
  return null;
}

/** `value.signature`, the signature base64 HMAC-SHA256 of value (better-call's signed cookie). */
async function verifiedValue(raw: string | null, key: CryptoKey): Promise<string | null> {
  if (!raw) return null;
  const dot = raw.lastIndexOf('.');
  if (dot < 1) return null;
  const value = raw.slice(0, dot);
  const signature = raw.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  let bytes: Buffer;
  try {
    bytes = Buffer.from(signature, 'base64');
  } catch {
    return null;
  }
  if (bytes.length !== 32) return null;
  const ok = await crypto.subtle.verify('HMAC', key, bytes, new TextEncoder().encode(value));
  return ok ? value : null;
}

export async function sessionCookie(auth: Auth, headers: Headers): Promise<SessionCookie | null> {
  const header = headers.get('cookie');
  if (!header) return null;
  const kit = await cookieKit(auth);
  const token = await verifiedValue(cookieValue(header, kit.name), kit.key);
  if (!token) return null;
  const dontRemember = cookieValue(header, kit.dontRememberName);
  return { token, dontRememberMe: !!(dontRemember && (await verifiedValue(dontRemember, kit.key))) };
}

/** What the one statement returns. */
type ActorRow = {
  gen: string;
  expires_ms: number | string | null;
  user_id: string | null;
  user_name: string;
  email: string;
  two_factor_enabled: boolean | null;
  organization_ids: string[] | null;
  organization_id: string | null;
  person_id: string | null;
  language: 'nl' | 'en' | null;
  roles: { role: TRole; unitId: string | null }[] | null;
  managed: string[] | null;
};

const _rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

/**
 * Run a hot statement of this file: on PostgreSQL as a named prepared statement (parsed and
 * planned once per connection), on PGlite straight on the client; both answer `{ rows }`.
 */
async function hot<T>(db: AppDb, name: string, text: string, values: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client: unknown }).$client as {
    query: (q: unknown, v?: unknown[]) => Promise<{ rows: T[] }>;
    waitReady?: unknown;
  };
  const res =
    'waitReady' in client
      ? await client.query(text, values) // PGlite
      : await client.query({ name, text, values }); // node-postgres pool
  return res.rows;
}

const ACTOR_SQL = (who: string) => `
    with recursive
    s as (${who}),
    u as (select u.id, u.name, u.email, u.two_factor_enabled from "user" u join s on u.id = s.user_id),
    links as (
      select p.id as person_id, p.organization_id, p.language, o.name as org_name
      from persons p join organizations o on o.id = p.organization_id
      where p.user_id = (select id from u)
    ),
    chosen as (
      select person_id, organization_id, language from links
      order by (organization_id = $2::text) desc, org_name, organization_id limit 1
    ),
    roles as (
      select r.role, r.unit_id from role_assignments r join chosen c
        on r.organization_id = c.organization_id and r.person_id = c.person_id
    ),
    managed as (
      select unit_id as id from roles where role = 'manager' and unit_id is not null
      union
      select un.id from units un join managed m on un.parent_id = m.id
      where un.organization_id = (select organization_id from chosen)
    )
    select
      (select value::text from actor_generation where id = 1) as gen,
      extract(epoch from s.expires_at) * 1000 as expires_ms,
      u.id as user_id, u.name as user_name, u.email, u.two_factor_enabled,
      (select json_agg(organization_id order by org_name, organization_id) from links) as organization_ids,
      c.organization_id, c.person_id, c.language,
      (select json_agg(json_build_object('role', role, 'unitId', unit_id) order by role) from roles) as roles,
      (select json_agg(id) from managed) as managed
    from s join u on true left join chosen c on true`;
const ACTOR_BY_TOKEN = ACTOR_SQL('select s.user_id, s.expires_at from session s where s.token = $1::text');
const ACTOR_BY_USER = ACTOR_SQL('select $1::text as user_id, null::timestamp as expires_at');

/**
 * Everything an actor is made of, for the user of session `token` (or user `userId`), in the
 * organisation `wanted` when the user belongs to it, else their first by name — one statement,
 * with the cache generation it was read at.
 */
async function actorRow(db: AppDb, by: { token: string } | { userId: string }, wanted: string | null) {
  const [row] =
    'token' in by
      ? await hot<ActorRow>(db, 'inzetbaar_actor_by_token', ACTOR_BY_TOKEN, [by.token, wanted ?? ''])
      : await hot<ActorRow>(db, 'inzetbaar_actor_by_user', ACTOR_BY_USER, [by.userId, wanted ?? '']);
  return row ?? null;
}

function actorOf(row: ActorRow, ip: string | null): Actor {
  return {
    userId: row.user_id as string,
    userName: row.user_name,
    email: row.email,
    twoFactorEnabled: Boolean(row.two_factor_enabled),
    organizationId: row.organization_id,
    personId: row.person_id,
    organizationIds: row.organization_ids ?? [],
    roles: row.roles ?? [],
    managedUnitIds: new Set(row.managed ?? []),
    ip,
    language: row.language,
  };
}

/** The actor of user `userId` (no session involved: the calendar feed's token), not cached. */
export async function actorOfUser(db: AppDb, userId: string, wanted: string | null, ip: string | null) {
  const row = await actorRow(db, { userId }, wanted);
  return row?.user_id ? actorOf(row, ip) : null;
}

/* ---------- the per-process cache ---------- */

type Kept = { gen: string; actor: Actor; expiresMs: number };
/** At most this many kept actors per database; the oldest go first. */
const MAX_KEPT = 5_000;
const caches = new WeakMap<AppDb, Map<string, Kept>>();

function cacheOf(db: AppDb): Map<string, Kept> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** Forget every kept actor of this database (tests; a restore). */
export function forgetActors(db: AppDb) {
  caches.delete(db);
}

/** The counter and the session's expiry, one small statement (the check of a kept actor). */
const CHECK_SQL = `select (select value::text from actor_generation where id = 1) as gen,
  (select extract(epoch from expires_at) * 1000 from session where token = $1::text) as expires_ms`;

async function stillValid(db: AppDb, token: string) {
  const [row] = await hot<{ gen: string; expires_ms: number | string | null }>(
    db,
    'inzetbaar_actor_check',
    CHECK_SQL,
    [token],
  );
  return { gen: row?.gen ?? '', expiresMs: row?.expires_ms == null ? null : Number(row.expires_ms) };
}

/**
 * The actor of the request's session cookie, or null (no cookie, a bad signature, no such
 * session, or an expired one). A session due for better-auth's sliding refresh (`updateAge`) goes
 * through better-auth's getSession once, which moves its expiry, as before.
 */
export async function actorFromSession(
  deps: Deps,
  headers: Headers,
  ip: string | null,
  mayRefresh = true,
): Promise<Actor | null> {
  const cookie = await sessionCookie(deps.auth, headers);
  if (!cookie) return null;
  const wanted = headers.get('x-organization-id');
  const cache = cacheOf(deps.db);
  const key = `${cookie.token}\u0000${wanted ?? ''}`;
  const now = Date.now();
  const kept = cache.get(key);
  if (kept) {
    const check = await stillValid(deps.db, cookie.token);
    if (check.expiresMs === null || check.expiresMs <= now) {
      cache.delete(key);
      return null;
    }
    if (
      check.gen === kept.gen &&
      check.expiresMs === kept.expiresMs &&
      !(await due(deps, cookie, check.expiresMs))
    )
      return { ...kept.actor, ip };
    cache.delete(key);
  }
  const row = await actorRow(deps.db, { token: cookie.token }, wanted);
  const expiresMs = row?.expires_ms == null ? null : Number(row.expires_ms);
  if (!row?.user_id || expiresMs === null || expiresMs <= now) return null;
  if (mayRefresh && (await due(deps, cookie, expiresMs))) {
    await deps.auth.api.getSession({ headers }); // better-auth moves the expiry (sliding session)
    return actorFromSession(deps, headers, ip, false);
  }
  const actor = actorOf(row, null);
  if (cache.size >= MAX_KEPT) cache.delete(cache.keys().next().value as string);
  cache.set(key, { gen: row.gen, actor, expiresMs });
  return { ...actor, ip };
}

/** Whether the session is due for better-auth's sliding refresh (its own rule in getSession). */
async function due(deps: Deps, cookie: SessionCookie, expiresMs: number) {
  if (cookie.dontRememberMe) return false;
  const kit = await cookieKit(deps.auth);
  return expiresMs - kit.expiresIn * 1000 + kit.updateAge * 1000 <= Date.now();
}
