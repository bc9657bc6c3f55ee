import {
  ZCreateTalk,
  ZIdParam,
  ZSavePreparation,
  ZTalk,
  ZTalkList,
  ZTalkVersion,
  ZUpdateTalk,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { changeTalk } from '../services/change-talk';
import { confirmTalk } from '../services/confirm-talk';
import { getTalk } from '../services/get-talk';
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
