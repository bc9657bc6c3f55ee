import { ZOutboxPage, ZPageQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter, orgOf } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { listOutbox } from '../services/outbox.service';

const list = defineRoute('outbox.read', {
  method: 'get',
  path: '/outbox',
  tags: ['outbox'],
  summary: 'Demo/dev only: mails the system sent (password resets, invitations)',
  request: { query: ZPageQuery },
  responses: { 200: json(ZOutboxPage), ...errorResponses },
});

export const outboxRoutes = newRouter().openapi(list, async (c) => {
  const { page, pageSize } = c.req.valid('query');
  return c.json(await listOutbox(c.get('deps'), orgOf(actorOf(c)), page, pageSize), 200);
});
