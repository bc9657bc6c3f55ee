import { z } from '@hono/zod-openapi';
import { actorOf, defineRoute, newRouter } from '../../../src/platform/http/context';
import { errorResponses, json, jsonBody } from '../../../src/platform/http/schemas';
import { giveKudos } from '../services/give-kudos';
import { listKudos } from '../services/list-kudos';

const ZKudos = z.object({ id: z.string(), personId: z.string(), text: z.string(), givenAt: z.string() });
const ZPersonParam = z.object({ id: z.uuid() });

const list = defineRoute('example.kudos.read', {
  method: 'get',
  path: '/people/{id}/kudos',
  tags: ['example'],
  summary: 'Kudos a person received (example module)',
  request: { params: ZPersonParam },
  responses: { 200: json(z.array(ZKudos)), ...errorResponses },
});

const give = defineRoute('example.kudos.give', {
  method: 'post',
  path: '/people/{id}/kudos',
  tags: ['example'],
  summary: 'Give a person kudos (example module)',
  request: { params: ZPersonParam, body: jsonBody(z.object({ text: z.string().min(1).max(200) }).strict()) },
  responses: { 201: json(ZKudos, 'Given'), ...errorResponses },
});

export const kudosRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await listKudos(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(give, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(
      await giveKudos(c.get('deps'), actorOf(c), { personId: id, text: c.req.valid('json').text }),
      201,
    );
  });
