import { z } from '@hono/zod-openapi';
import { ZIdParam, ZInterventionItem, ZUptake } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json } from '../../../platform/http/schemas';
import { getUptake } from '../services/get-uptake';
import { listInterventions } from '../services/list-interventions';
import { setInterventionSignUp } from '../services/sign-up-intervention';

const tags = ['vitaliteit'];
const list = defineRoute('vitality.intervention.read', {
  method: 'get',
  path: '/interventions',
  tags,
  summary: 'The interventions catalogue, with my sign-ups and what is recommended for my unit',
  responses: { 200: json(z.object({ items: z.array(ZInterventionItem) })), ...errorResponses },
});
const signUp = defineRoute('vitality.intervention.signup', {
  method: 'put',
  path: '/interventions/{id}/sign-up',
  tags,
  summary: 'Sign myself up (409 for arrangements one does not sign up for)',
  request: { params: ZIdParam },
  responses: { 200: json(ZInterventionItem), ...errorResponses, ...conflictResponse },
});
const withdraw = defineRoute('vitality.intervention.signup', {
  method: 'delete',
  path: '/interventions/{id}/sign-up',
  tags,
  summary: 'Withdraw my sign-up',
  request: { params: ZIdParam },
  responses: { 200: json(ZInterventionItem), ...errorResponses },
});
const uptake = defineRoute('vitality.intervention.uptake', {
  method: 'get',
  path: '/interventions/uptake',
  tags,
  summary: 'Sign-ups per intervention and group: counts only, none below k',
  responses: { 200: json(ZUptake), ...errorResponses },
});

export const interventionRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listInterventions(c.get('deps'), actorOf(c)), 200))
  .openapi(uptake, async (c) => c.json(await getUptake(c.get('deps'), actorOf(c)), 200))
  .openapi(signUp, async (c) =>
    c.json(
      (await setInterventionSignUp(c.get('deps'), actorOf(c), c.req.valid('param').id, true)) as never,
      200,
    ),
  )
  .openapi(withdraw, async (c) =>
    c.json(
      (await setInterventionSignUp(c.get('deps'), actorOf(c), c.req.valid('param').id, false)) as never,
      200,
    ),
  );
