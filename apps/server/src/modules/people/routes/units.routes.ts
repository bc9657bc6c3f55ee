import { z } from '@hono/zod-openapi';
import { ZCreateUnit, ZIdParam, ZUnit, ZUpdateUnit } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter, orgOf } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { changeUnit, createUnit, getUnits, removeUnit } from '../services/units.service';

const list = defineRoute('unit.read', {
  method: 'get',
  path: '/units',
  tags: ['units'],
  summary: 'All units of the organisation (flat; build the tree from parentId)',
  responses: { 200: json(z.array(ZUnit)), ...errorResponses },
});
const create = defineRoute('unit.write', {
  method: 'post',
  path: '/units',
  tags: ['units'],
  request: { body: jsonBody(ZCreateUnit) },
  responses: { 201: json(ZUnit, 'Created'), ...errorResponses, ...conflictResponse },
});
const update = defineRoute('unit.write', {
  method: 'patch',
  path: '/units/{id}',
  tags: ['units'],
  summary: 'Rename or move a unit',
  request: { params: ZIdParam, body: jsonBody(ZUpdateUnit) },
  responses: { 200: json(ZUnit), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('unit.write', {
  method: 'delete',
  path: '/units/{id}',
  tags: ['units'],
  summary: 'Delete an empty unit (409 while it has sub-units or people)',
  request: { params: ZIdParam },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const unitRoutes = newRouter()
  .openapi(list, async (c) => c.json(await getUnits(c.get('deps'), orgOf(actorOf(c))), 200))
  .openapi(create, async (c) => {
    const actor = actorOf(c);
    return c.json(await createUnit(c.get('deps'), actor, orgOf(actor), c.req.valid('json')), 201);
  })
  .openapi(update, async (c) => {
    const actor = actorOf(c);
    return c.json(
      await changeUnit(c.get('deps'), actor, orgOf(actor), c.req.valid('param').id, c.req.valid('json')),
      200,
    );
  })
  .openapi(remove, async (c) => {
    const actor = actorOf(c);
    await removeUnit(c.get('deps'), actor, orgOf(actor), c.req.valid('param').id);
    return c.body(null, 204);
  });
