import { z } from '@hono/zod-openapi';
import {
  ZCompleteLearningRequest,
  ZCreateLearningRequest,
  ZDecideLearningRequest,
  ZIdParam,
  ZLearningRequest,
  ZLearningRequestQuery,
  ZRequestVersion,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { cancelLearningRequest } from '../services/cancel-learning-request';
import { completeLearningRequest } from '../services/complete-learning-request';
import { createLearningRequest } from '../services/create-learning-request';
import { decideLearningRequest } from '../services/decide-learning-request';
import { listLearningRequests } from '../services/list-learning-requests';
import { tags } from './params';

const listRequests = defineRoute('llo.request.read', {
  method: 'get',
  path: '/llo/learning-requests',
  tags,
  summary: 'Learning requests in your scope (HR all, a manager their units, everyone their own)',
  request: { query: ZLearningRequestQuery },
  responses: { 200: json(z.object({ items: z.array(ZLearningRequest) })), ...errorResponses },
});
const createRequest = defineRoute('llo.request.create', {
  method: 'post',
  path: '/people/{id}/learning-requests',
  tags,
  summary: 'Request a learning activity (from the catalogue or described)',
  request: { params: ZIdParam, body: jsonBody(ZCreateLearningRequest) },
  responses: { 201: json(ZLearningRequest, 'Submitted'), ...errorResponses },
});
const decide = defineRoute('llo.request.decide', {
  method: 'post',
  path: '/llo/learning-requests/{id}/decision',
  tags,
  summary: 'Approve (within the budget) or decline (with a reason) a submitted request',
  request: { params: ZIdParam, body: jsonBody(ZDecideLearningRequest) },
  responses: { 200: json(ZLearningRequest), ...errorResponses, ...conflictResponse },
});
const complete = defineRoute('llo.request.complete', {
  method: 'post',
  path: '/llo/learning-requests/{id}/completion',
  tags,
  summary: 'Record completion: actual cost and hours, skills onto the profile, a certificate it grants',
  request: { params: ZIdParam, body: jsonBody(ZCompleteLearningRequest) },
  responses: { 200: json(ZLearningRequest), ...errorResponses, ...conflictResponse },
});
const cancel = defineRoute('llo.request.cancel', {
  method: 'post',
  path: '/llo/learning-requests/{id}/cancel',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZRequestVersion) },
  responses: { 200: json(ZLearningRequest), ...errorResponses, ...conflictResponse },
});

export const requestRoutes = newRouter()
  .openapi(listRequests, async (c) =>
    c.json(await listLearningRequests(c.get('deps'), actorOf(c), c.req.valid('query'), c.get('lang')), 200),
  )
  .openapi(createRequest, async (c) =>
    c.json(
      await createLearningRequest(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      201,
    ),
  )
  .openapi(decide, async (c) =>
    c.json(
      await decideLearningRequest(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(complete, async (c) =>
    c.json(
      await completeLearningRequest(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(cancel, async (c) =>
    c.json(
      await cancelLearningRequest(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json').version,
        c.get('lang'),
      ),
      200,
    ),
  );
