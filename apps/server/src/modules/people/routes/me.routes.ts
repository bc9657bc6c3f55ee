import { ZAuditPage, ZMe, ZPageQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { listAuditPage } from '../../audit/services/audit.service';
import { getMe } from '../services/me.service';

const me = defineRoute('authenticated', {
  method: 'get',
  path: '/me',
  tags: ['me'],
  summary: 'The signed-in user, organisation, roles and visible modules',
  responses: { 200: json(ZMe), 401: errorResponses[401] },
});

const fileAccess = defineRoute('own-file.read', {
  method: 'get',
  path: '/me/file-access',
  tags: ['me'],
  summary: 'Who viewed or changed my file',
  request: { query: ZPageQuery },
  responses: { 200: json(ZAuditPage), ...errorResponses },
});

export const meRoutes = newRouter()
  .openapi(me, async (c) => c.json(await getMe(c.get('deps'), actorOf(c)), 200))
  .openapi(fileAccess, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    // Without a person there is no file; an empty page is the honest answer.
    if (!actor.personId) return c.json({ items: [], total: 0, page: q.page, pageSize: q.pageSize }, 200);
    const result = await listAuditPage(c.get('deps'), actor, { ...q, subjectPersonId: actor.personId });
    // The employee sees who and when, not the viewers' IP addresses.
    return c.json({ ...result, items: result.items.map((i) => ({ ...i, ip: null })) }, 200);
  });
