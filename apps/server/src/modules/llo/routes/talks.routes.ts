import { z } from '@hono/zod-openapi';
import {
  ZCreateGoal,
  ZCreateTalk,
  ZGoal,
  ZIdParam,
  ZSavePreparation,
  ZTalk,
  ZTalkList,
  ZTalkVersion,
  ZUpdateGoal,
  ZUpdateTalk,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../routes/schemas';
import { changeGoal, removeGoal } from '../services/change-goal';
import { changeTalk } from '../services/change-talk';
import { confirmTalk } from '../services/confirm-talk';
import { createGoal } from '../services/create-goal';
import { getTalk } from '../services/get-talk';
import { listPersonGoals } from '../services/list-goals';
import { listPersonTalks } from '../services/list-talks';
import { planTalk } from '../services/plan-talk';
import { saveTalkPreparation, shareTalkPreparation } from '../services/save-talk-preparation';
import { tags } from './params';

const list = defineRoute('llo.talk.read', {
  method: 'get',
  path: '/people/{id}/talks',
  tags,
  summary:
    "A person's development talks and when the next is due (preparations only as the employee may see them)",
  request: { params: ZIdParam },
  responses: { 200: json(ZTalkList), ...errorResponses },
});
const plan = defineRoute('llo.talk.plan', {
  method: 'post',
  path: '/people/{id}/talks',
  tags,
  summary: 'Plan a development talk',
  request: { params: ZIdParam, body: jsonBody(ZCreateTalk) },
  responses: { 201: json(ZTalk, 'Planned'), ...errorResponses },
});
const get = defineRoute('llo.talk.read', {
  method: 'get',
  path: '/talks/{id}',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(ZTalk), ...errorResponses },
});
const change = defineRoute('llo.talk.write', {
  method: 'patch',
  path: '/talks/{id}',
  tags,
  summary: 'Record the talk (held on, notes per agenda topic, agreements); withdraws both confirmations',
  request: { params: ZIdParam, body: jsonBody(ZUpdateTalk) },
  responses: { 200: json(ZTalk), ...errorResponses, ...conflictResponse },
});
const prepare = defineRoute('llo.talk.prepare', {
  method: 'put',
  path: '/talks/{id}/preparation',
  tags,
  summary: "The employee's own preparation: private until shared (version null for the first save)",
  request: { params: ZIdParam, body: jsonBody(ZSavePreparation) },
  responses: { 200: json(ZTalk), ...errorResponses, ...conflictResponse },
});
const share = defineRoute('llo.talk.prepare', {
  method: 'post',
  path: '/talks/{id}/preparation/share',
  tags,
  summary: 'Share the preparation with the manager',
  request: { params: ZIdParam, body: jsonBody(ZTalkVersion) },
  responses: { 200: json(ZTalk), ...errorResponses, ...conflictResponse },
});
const confirm = defineRoute('llo.talk.write', {
  method: 'post',
  path: '/talks/{id}/confirm',
  tags,
  summary: 'Confirm the record of a held talk (the employee and the manager each for their side)',
  request: { params: ZIdParam, body: jsonBody(ZTalkVersion) },
  responses: { 200: json(ZTalk), ...errorResponses, ...conflictResponse },
});

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

export const talkRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await listPersonTalks(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(plan, async (c) =>
    c.json(await planTalk(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(get, async (c) => c.json(await getTalk(c.get('deps'), actorOf(c), c.req.valid('param').id), 200))
  .openapi(change, async (c) =>
    c.json(await changeTalk(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(prepare, async (c) =>
    c.json(
      await saveTalkPreparation(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(share, async (c) =>
    c.json(
      await shareTalkPreparation(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json').version,
      ),
      200,
    ),
  )
  .openapi(confirm, async (c) =>
    c.json(
      await confirmTalk(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json').version),
      200,
    ),
  );

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
