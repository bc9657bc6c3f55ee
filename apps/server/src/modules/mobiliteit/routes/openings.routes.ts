import { z } from '@hono/zod-openapi';
import {
  ZCandidates,
  ZCreateOpening,
  ZIdParam,
  ZOpening,
  ZOpeningQuery,
  ZUpdateOpening,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { listCandidates } from '../services/candidates';
import { changeOpening, createOpening, getOpening, listOpeningsFor } from '../services/openings';

const tags = ['mobility'];

const list = defineRoute('mobility.opening.read', {
  method: 'get',
  path: '/mobility/openings',
  operationId: 'listOpenings',
  tags,
  summary: 'Internal vacancies and short assignments (projects, gigs, job shadowing) with their ESCO skills',
  request: { query: ZOpeningQuery },
  responses: { 200: json(z.object({ items: z.array(ZOpening) })), ...errorResponses },
});
const create = defineRoute('mobility.opening.write', {
  method: 'post',
  path: '/mobility/openings',
  operationId: 'createOpening',
  tags,
  summary: 'Publish an opening; at least 5 essential ESCO skills (fewer cannot be judged fairly)',
  request: { body: jsonBody(ZCreateOpening) },
  responses: { 201: json(ZOpening, 'Created'), ...errorResponses },
});
const get = defineRoute('mobility.opening.read', {
  method: 'get',
  path: '/mobility/openings/{id}',
  operationId: 'getOpening',
  summary: 'An internal vacancy or short assignment with its required ESCO skills',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(ZOpening), ...errorResponses },
});
const change = defineRoute('mobility.opening.write', {
  method: 'patch',
  path: '/mobility/openings/{id}',
  operationId: 'updateOpening',
  summary: 'Change or close an opening (optimistic: send the version you read)',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateOpening) },
  responses: { 200: json(ZOpening), ...errorResponses, ...conflictResponse },
});
const candidates = defineRoute('mobility.opening.candidates', {
  method: 'get',
  path: '/mobility/openings/{id}/candidates',
  operationId: 'listOpeningCandidates',
  tags,
  summary: 'People for an opening, ranked with explanations — only people who are open to other work',
  request: { params: ZIdParam },
  responses: { 200: json(ZCandidates), ...errorResponses },
});

export const openingRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await listOpeningsFor(c.get('deps'), actorOf(c), c.req.valid('query').status, c.get('lang')), 200),
  )
  .openapi(create, async (c) =>
    c.json(await createOpening(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('lang')), 201),
  )
  .openapi(get, async (c) =>
    c.json(await getOpening(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  )
  .openapi(change, async (c) =>
    c.json(
      await changeOpening(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(candidates, async (c) =>
    c.json(await listCandidates(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  );
