import { ZAuditPage, ZAuditQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../http/context';
import { listAuditPage } from '../services/audit.service';
import { errorResponses, json } from './schemas';

const list = defineRoute('audit.read', {
  method: 'get',
  path: '/audit-events',
  tags: ['audit'],
  summary: 'The audit log of the organisation (append-only)',
  request: { query: ZAuditQuery },
  responses: { 200: json(ZAuditPage), ...errorResponses },
});

export const auditRoutes = newRouter().openapi(list, async (c) =>
  c.json(await listAuditPage(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
);
