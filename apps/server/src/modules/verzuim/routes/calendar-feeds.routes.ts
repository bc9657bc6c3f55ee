import { ZCalendarFeed, ZCalendarFeedCreated, ZCalendarFeedParams } from '@inzetbaar/contracts';
import { clientIp } from '../../../platform/http/client-ip';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json, noContent } from '../../../platform/http/schemas';
import {
  calendarFeedByToken,
  createCalendarFeed,
  revokeCalendarFeed,
  viewCalendarFeed,
} from '../services/calendar-feeds';

const tags = ['absence'];

const view = defineRoute('absence.notices', {
  method: 'get',
  path: '/me/calendar-feed',
  tags,
  summary: 'Whether I have a calendar subscription (never its URL)',
  responses: { 200: json(ZCalendarFeed), ...errorResponses },
});
const create = defineRoute('absence.notices', {
  method: 'post',
  path: '/me/calendar-feed',
  tags,
  summary: 'Make my calendar subscription URL, or a new one (the old URL stops working); shown once',
  responses: { 201: json(ZCalendarFeedCreated, 'Made'), ...errorResponses },
});
const revoke = defineRoute('absence.notices', {
  method: 'delete',
  path: '/me/calendar-feed',
  tags,
  summary: 'Revoke my calendar subscription',
  responses: { ...noContent, ...errorResponses },
});
const feed = defineRoute('public', {
  method: 'get',
  path: '/calendar-feeds/{feed}',
  tags,
  summary:
    'The subscribable iCalendar feed of the token’s owner (no session: the token is the credential); unknown or revoked → 404',
  request: { params: ZCalendarFeedParams },
  responses: {
    200: { description: 'text/calendar' },
    404: errorResponses[404],
    429: { description: 'Too many unknown tokens from this address' },
  },
});

export const calendarFeedRoutes = newRouter()
  .openapi(view, async (c) => c.json(await viewCalendarFeed(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createCalendarFeed(c.get('deps'), actorOf(c), c.get('lang')), 201),
  )
  .openapi(revoke, async (c) => {
    await revokeCalendarFeed(c.get('deps'), actorOf(c));
    return c.body(null, 204);
  })
  .openapi(feed, async (c) => {
    const ics = await calendarFeedByToken(c.get('deps'), c.req.valid('param').feed, clientIp(c));
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="inzetbaar-termijnen.ics"',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    });
  });
