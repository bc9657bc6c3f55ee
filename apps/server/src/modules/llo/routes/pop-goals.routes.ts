import { z } from '@hono/zod-openapi';
import { ZCreateGoal, ZGoal, ZIdParam, ZUpdateGoal, ZVersionQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { changeGoal, removeGoal } from '../services/change-goal';
import { createGoal } from '../services/create-goal';
import { listPersonGoals } from '../services/list-goals';
import { tags } from './params';

const listGoals = defineRoute('llo.pop.read', {
  method: 'get',
  path: '/people/{id}/pop-goals',
  tags,
  summary: 'The personal development plan (POP): goals, actions, progress and skill gaps',
  request: { params: ZIdParam },
  responses: { 200: json(z.object({ items: z.array(ZGoal) })), ...errorResponses },
});
const addGoal = defineRoute('llo.pop.write', {
  method: 'post',
  path: '/people/{id}/pop-goals',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZCreateGoal) },
  responses: { 201: json(ZGoal, 'Created'), ...errorResponses },
});
const changeGoalRoute = defineRoute('llo.pop.write', {
  method: 'patch',
  path: '/pop-goals/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateGoal) },
  responses: { 200: json(ZGoal), ...errorResponses, ...conflictResponse },
});
const removeGoalRoute = defineRoute('llo.pop.write', {
  method: 'delete',
  path: '/pop-goals/{id}',
  tags,
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const popRoutes = newRouter()
  .openapi(listGoals, async (c) =>
    c.json(await listPersonGoals(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  )
  .openapi(addGoal, async (c) =>
    c.json(
      await createGoal(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      201,
    ),
  )
  .openapi(changeGoalRoute, async (c) =>
    c.json(
      await changeGoal(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(removeGoalRoute, async (c) => {
    await removeGoal(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  });
