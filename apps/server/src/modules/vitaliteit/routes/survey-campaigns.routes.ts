import { z } from '@hono/zod-openapi';
import { ZCampaign, ZCreateCampaign, ZIdParam, ZResponseRate, ZUpdateCampaign } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { createCampaign } from '../services/create-campaign';
import { getSurveyCampaign } from '../services/get-campaign';
import { getResponseRate } from '../services/get-response-rate';
import { listSurveyCampaigns } from '../services/list-campaigns';
import { updateSurveyCampaign } from '../services/update-campaign';

const tags = ['vitaliteit'];
const list = defineRoute('vitality.campaign.read', {
  method: 'get',
  path: '/survey-campaigns',
  tags,
  summary: 'Survey campaigns (responses counted only from k)',
  responses: { 200: json(z.object({ items: z.array(ZCampaign) })), ...errorResponses },
});
const create = defineRoute('vitality.campaign.write', {
  method: 'post',
  path: '/survey-campaigns',
  tags,
  summary:
    'Start a campaign for units or the whole organisation; invitations and reminders go through the scheduler',
  request: { body: jsonBody(ZCreateCampaign) },
  responses: { 201: json(ZCampaign, 'Created'), ...errorResponses },
});
const get = defineRoute('vitality.campaign.read', {
  method: 'get',
  path: '/survey-campaigns/{id}',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(ZCampaign), ...errorResponses },
});
const update = defineRoute('vitality.campaign.write', {
  method: 'patch',
  path: '/survey-campaigns/{id}',
  tags,
  summary:
    'Rename, move the end date, or close early (status "closed"); 409 on a stale version or a closed campaign',
  request: { params: ZIdParam, body: jsonBody(ZUpdateCampaign) },
  responses: { 200: json(ZCampaign), ...errorResponses, ...conflictResponse },
});
const rate = defineRoute('vitality.campaign.read', {
  method: 'get',
  path: '/survey-campaigns/{id}/response-rate',
  tags,
  summary: 'Response rate per unit (with sub-units); counts below k are not shown',
  request: { params: ZIdParam },
  responses: { 200: json(ZResponseRate), ...errorResponses },
});

export const surveyCampaignRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listSurveyCampaigns(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createCampaign(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(get, async (c) =>
    c.json(await getSurveyCampaign(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(update, async (c) =>
    c.json(
      await updateSurveyCampaign(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(rate, async (c) =>
    c.json(await getResponseRate(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  );
