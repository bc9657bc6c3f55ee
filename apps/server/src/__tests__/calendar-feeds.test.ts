import { createHash } from 'node:crypto';
import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { BASE_URL, createTestApp, type TestApp } from '../../test/test-app';
import { FEED_MAX_FAILURES } from '../modules/verzuim/services/calendar-feeds';

/* The subscribable iCal feed (docs/absence.md, "Calendar subscription"). */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z'));
  org = await createTestOrg(t);
  // a case with open employer tasks for HR; the report holds data the feed must never show
  const res = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: {
      personId: org.inScopePersonId,
      startDate: '2026-01-12',
      contactPhone: '06-99887766',
      currentWork: 'Nachtdienst afdeling Noord overdragen',
    },
  });
  expect(res.status).toBe(201);
}, 60_000);
afterAll(() => t.close());

const hr = () => org.users.hr.cookie;
const feedPath = (url: string) => url.slice(BASE_URL.length);
/** DTSTAMP is the moment of writing: the one line two renderings of the same calendar differ in. */
const withoutStamps = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');

describe('calendar subscription', () => {
  let firstUrl: string;
  let secondUrl: string;

  it('makes a secret feed URL, shown once, and stores only the token’s SHA-256', async () => {
    expect(await (await api(t, '/api/v1/me/calendar-feed', { cookie: hr() })).json()).toEqual({
      active: false,
      createdAt: null,
      lastUsedAt: null,
    });
    const res = await api(t, '/api/v1/me/calendar-feed', {
      method: 'POST',
      cookie: hr(),
      headers: { 'Accept-Language': 'en' },
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    firstUrl = body.url;
    const token = firstUrl.split('/').pop()?.replace('.ics', '') as string;
    const rows = await t.deps.db
      .select()
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.personId, org.users.hr.personId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    const view = await (await api(t, '/api/v1/me/calendar-feed', { cookie: hr() })).json();
    expect(view).toMatchObject({ active: true, createdAt: '2026-03-02T11:00:00.000Z', lastUsedAt: null });
    expect(JSON.stringify(view)).not.toContain(token);
  });

  it('serves, without a session, exactly the owner’s signed-in deadlines feed', async () => {
    const res = await api(t, feedPath(firstUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(res.headers.get('cache-control')).toContain('private');
    const feed = await res.text();
    const signedIn = await (
      await api(t, '/api/v1/me/deadlines.ics', { cookie: hr(), headers: { 'Accept-Language': 'en' } })
    ).text();
    expect(withoutStamps(feed)).toBe(withoutStamps(signedIn));
    // HR's employer tasks, in the language of the moment the feed was made, with the person's name
    expect(feed).toContain('SUMMARY:');
    expect(feed).toMatch(/Plan of action|plan van aanpak/i);
    expect(feed).toContain('Binnen Test');
    // never what the sick report holds
    expect(feed).not.toContain('06-99887766');
    expect(feed).not.toContain('Nachtdienst');
    const view = await (await api(t, '/api/v1/me/calendar-feed', { cookie: hr() })).json();
    expect(view.lastUsedAt).toBe('2026-03-02T11:00:00.000Z');
  });

  it('a new URL revokes the old one', async () => {
    const res = await api(t, '/api/v1/me/calendar-feed', { method: 'POST', cookie: hr() });
    expect(res.status).toBe(201);
    secondUrl = (await res.json()).url;
    expect(secondUrl).not.toBe(firstUrl);
    expect((await api(t, feedPath(firstUrl))).status).toBe(404);
    expect((await api(t, feedPath(secondUrl))).status).toBe(200);
  });

  it('is per person: another user’s feed holds their own deadlines', async () => {
    const res = await api(t, '/api/v1/me/calendar-feed', {
      method: 'POST',
      cookie: org.users.occupational_physician.cookie,
    });
    const feed = await (await api(t, feedPath((await res.json()).url))).text();
    const own = await (
      await api(t, '/api/v1/me/deadlines.ics', { cookie: org.users.occupational_physician.cookie })
    ).text();
    expect(withoutStamps(feed)).toBe(withoutStamps(own));
    expect(feed).not.toMatch(/Plan van aanpak/);
  });

  it('revoking ends the feed', async () => {
    expect((await api(t, '/api/v1/me/calendar-feed', { method: 'DELETE', cookie: hr() })).status).toBe(204);
    expect((await api(t, feedPath(secondUrl))).status).toBe(404);
    expect((await api(t, '/api/v1/me/calendar-feed', { method: 'DELETE', cookie: hr() })).status).toBe(404);
    expect((await (await api(t, '/api/v1/me/calendar-feed', { cookie: hr() })).json()).active).toBe(false);
    const audit = await (
      await api(t, '/api/v1/audit-events?resourceType=calendar_feed&pageSize=50', { cookie: hr() })
    ).json();
    expect((audit.items as { action: string }[]).map((e) => e.action).sort()).toEqual([
      'calendar_feed.created',
      'calendar_feed.created',
      'calendar_feed.regenerated',
      'calendar_feed.revoked',
    ]);
  });

  it('refuses managing a feed without a session', async () => {
    expect((await api(t, '/api/v1/me/calendar-feed')).status).toBe(401);
    expect((await api(t, '/api/v1/me/calendar-feed', { method: 'POST' })).status).toBe(401);
  });

  it('answers 404 to unknown and malformed tokens, and 429 after too many', async () => {
    const res = await api(t, '/api/v1/me/calendar-feed', { method: 'POST', cookie: hr() });
    const good = feedPath((await res.json()).url);
    // the earlier tests already spent 2 misses: the two revoked URLs
    let misses = 2;
    for (const path of ['/api/v1/calendar-feeds/x.ics', `/api/v1/calendar-feeds/${'A'.repeat(43)}.ics`]) {
      const r = await api(t, path);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      misses++;
    }
    while (misses < FEED_MAX_FAILURES) {
      expect((await api(t, `/api/v1/calendar-feeds/${'B'.repeat(43)}.ics`)).status).toBe(404);
      misses++;
    }
    expect((await api(t, `/api/v1/calendar-feeds/${'C'.repeat(43)}.ics`)).status).toBe(429);
    // blocked for the window, even with a good token; after 15 minutes it works again
    expect((await api(t, good)).status).toBe(429);
    t.clock.set(new Date('2026-03-02T11:16:00Z'));
    expect((await api(t, good)).status).toBe(200);
  });
});
