import {
  ZAccident,
  ZAccidentInput,
  ZAccidentList,
  ZAccidentsQuery,
  ZIdParam,
  ZUpdateAccident,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { accidentRegister, changeAccident, createAccident } from '../services/arbo-register.service';

const tags = ['arbo'];
const list = defineRoute('accident.read', {
  method: 'get',
  path: '/accidents',
  tags,
  summary:
    'Ongevallenregister (Arbowet art. 9) over a period (default the last 12 months) with notification flags, and accidents per 100 people and with absence per 1,000,000 hours worked, per unit and in total',
  request: { query: ZAccidentsQuery },
  responses: { 200: json(ZAccidentList), ...errorResponses },
});
const create = defineRoute('accident.write', {
  method: 'post',
  path: '/accidents',
  tags,
  request: { body: jsonBody(ZAccidentInput) },
  responses: { 201: json(ZAccident, 'Registered'), ...errorResponses },
});
const update = defineRoute('accident.write', {
  method: 'patch',
  path: '/accidents/{id}',
  tags,
  summary: 'Update when consequences become clear later (the notification duty may arise then)',
  request: { params: ZIdParam, body: jsonBody(ZUpdateAccident) },
  responses: { 200: json(ZAccident), ...errorResponses, ...conflictResponse },
});

export const accidentRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await accidentRegister(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(create, async (c) =>
    c.json(await createAccident(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(update, async (c) =>
    c.json(
      await changeAccident(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
