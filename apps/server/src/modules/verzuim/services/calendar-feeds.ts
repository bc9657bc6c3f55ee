import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TCalendarFeed, TCalendarFeedCreated } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { actorForUser } from '../../../auth/resolve-actor';
import { authorize, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, notFound } from '../../../platform/http/problem';
import {
  deleteFeed,
  feedByTokenHash,
  feedOfPerson,
  findUser,
  replaceFeed,
  touchFeed,
} from '../repo/calendar-feeds.repo';
import { deadlinesCalendar } from './absence-deadlines';

/*
 * A personal calendar subscription: a secret URL that calendar apps (Outlook, Google, Apple)
 * fetch without a session. The URL holds a 256-bit random token; only its SHA-256 is stored, so a
 * copy of the database cannot be turned into feed URLs. The feed is exactly the signed-in
 * `/me/deadlines.ics` of the token's owner, with their roles and scope as of each fetch.
 */

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Unknown tokens a client may try before it is refused with 429 for the rest of the window. */
export const FEED_MAX_FAILURES = 30;
const FEED_FAILURE_WINDOW_MS = 15 * 60_000;
/** lastUsedAt is written at most once per hour: calendar apps poll often. */
const TOUCH_EVERY_MS = 60 * 60_000;

const present = (row: { createdAt: Date; lastUsedAt: Date | null } | undefined): TCalendarFeed => ({
  active: !!row,
  createdAt: row ? row.createdAt.toISOString() : null,
  lastUsedAt: row?.lastUsedAt ? row.lastUsedAt.toISOString() : null,
});

export async function viewCalendarFeed(deps: Deps, actor: Actor): Promise<TCalendarFeed> {
  authorize(actor, 'absence.notices');
  if (!actor.personId) return present(undefined);
  return present(await feedOfPerson(deps.db, actor.organizationId as string, actor.personId));
}

/** Make the feed, or replace it: the old URL stops working at once. The URL is shown only now. */
export async function createCalendarFeed(
  deps: Deps,
  actor: Actor,
  lang: Lang,
): Promise<TCalendarFeedCreated> {
  authorize(actor, 'absence.notices');
  const organizationId = actor.organizationId as string;
  if (!actor.personId) throw new AppError(403, 'forbidden');
  const personId = actor.personId;
  const token = randomBytes(32).toString('base64url');
  return deps.db.transaction(async (tx) => {
    const replaced = !!(await feedOfPerson(tx, organizationId, personId));
    const row = await replaceFeed(tx, {
      organizationId,
      personId,
      userId: actor.userId,
      tokenHash: hashToken(token).toString('hex'),
      lang,
      createdAt: deps.clock.now(),
    });
    await recordAudit(tx, actor, organizationId, {
      action: replaced ? 'calendar_feed.regenerated' : 'calendar_feed.created',
      resourceType: 'calendar_feed',
      resourceId: row.id,
      subjectPersonId: personId,
    });
    return {
      url: `${deps.env.baseUrl}/api/v1/calendar-feeds/${token}.ics`,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function revokeCalendarFeed(deps: Deps, actor: Actor): Promise<void> {
  authorize(actor, 'absence.notices');
  if (!actor.personId) throw notFound();
  const organizationId = actor.organizationId as string;
  const personId = actor.personId;
  await deps.db.transaction(async (tx) => {
    if (!(await deleteFeed(tx, organizationId, personId))) throw notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'calendar_feed.revoked',
      resourceType: 'calendar_feed',
      subjectPersonId: personId,
    });
  });
}

/** Failed lookups per client address, per app instance (so tests do not share counts). */
const failures = new WeakMap<Deps, Map<string, number[]>>();

function recentFailures(deps: Deps, client: string): number[] {
  let byClient = failures.get(deps);
  if (!byClient) {
    byClient = new Map();
    failures.set(deps, byClient);
  }
  const since = deps.clock.now().getTime() - FEED_FAILURE_WINDOW_MS;
  const list = (byClient.get(client) ?? []).filter((t) => t > since);
  byClient.set(client, list);
  // bound the memory a flood of addresses can take: forget the oldest client
  if (byClient.size > 10_000) byClient.delete(byClient.keys().next().value as string);
  return list;
}

/**
 * The public feed: token → owner → their deadlines as iCalendar. An unknown, malformed or revoked
 * token is 404, like an owner who has left the organisation or lost every role. A client that
 * tried FEED_MAX_FAILURES unknown tokens in 15 minutes gets 429 until the window has passed.
 */
export async function calendarFeedByToken(deps: Deps, feed: string, ip: string | null): Promise<string> {
  const client = ip ?? 'unknown';
  const tried = recentFailures(deps, client);
  if (tried.length >= FEED_MAX_FAILURES) throw new AppError(429, 'rate_limited');
  const miss = () => {
    tried.push(deps.clock.now().getTime());
    return notFound();
  };
  const token = feed.endsWith('.ics') ? feed.slice(0, -4) : feed;
  if (!TOKEN.test(token)) throw miss();
  const hash = hashToken(token);
  // The index lookup is by the hash, which an attacker cannot steer; compare in constant time anyway.
  const row = await feedByTokenHash(deps.db, hash.toString('hex'));
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), hash)) throw miss();
  const user = await findUser(deps.db, row.userId);
  if (!user) throw miss();
  const actor = await actorForUser(deps, user, row.organizationId, ip);
  if (
    actor.organizationId !== row.organizationId ||
    actor.personId !== row.personId ||
    !scopeFor(actor, 'absence.notices')
  )
    throw miss();
  const now = deps.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS)
    await touchFeed(deps.db, row.organizationId, row.id, now);
  return deadlinesCalendar(deps, actor, row.lang);
}
