import { ZAuditPage, ZAuditQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { listAuditPage } from '../services/audit.service';

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
