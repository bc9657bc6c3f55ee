import {
  ZActionCreated,
  ZCampaignResults,
  ZCreateAction,
  ZIdParam,
  ZOpenAnswers,
  ZResultsQuery,
  ZTrend,
  ZTrendQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { createAction } from '../services/create-action';
import { getOpenAnswers } from '../services/get-open-answers';
import { getResults } from '../services/get-results';
import { getTrend } from '../services/get-trend';

const tags = ['vitaliteit'];
const results = defineRoute('vitality.results.read', {
  method: 'get',
  path: '/survey-campaigns/{id}/results',
  tags,
  summary:
    'Group results of a closed campaign (409 before): released groups only (k, roll-ups, complementary suppression), hotspots, CBS benchmark. A unit or age-band filter that is not a released group is refused (422) with the reason',
  request: { params: ZIdParam, query: ZResultsQuery },
  responses: { 200: json(ZCampaignResults), ...errorResponses, ...conflictResponse },
});
const openAnswers = defineRoute('vitality.results.read', {
  method: 'get',
  path: '/survey-campaigns/{id}/open-answers',
  tags,
  summary: 'Open answers per group of at least 2k respondents (alphabetical), after closing',
  request: { params: ZIdParam },
  responses: { 200: json(ZOpenAnswers), ...errorResponses, ...conflictResponse },
});
const action = defineRoute('vitality.action.create', {
  method: 'post',
  path: '/survey-campaigns/{id}/actions',
  tags,
  summary:
    'Turn a result into action: a measure in the plan van aanpak, or an intervention recommended to the group',
  request: { params: ZIdParam, body: jsonBody(ZCreateAction) },
  responses: { 201: json(ZActionCreated, 'Created'), ...errorResponses, ...conflictResponse },
});
const trend = defineRoute('vitality.results.read', {
  method: 'get',
  path: '/survey-trends',
  tags,
  summary: "Trend of an instrument's scales across closed campaigns, per released group",
  request: { query: ZTrendQuery },
  responses: { 200: json(ZTrend), ...errorResponses },
});

export const surveyResultRoutes = newRouter()
  .openapi(results, async (c) =>
    c.json(await getResults(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(openAnswers, async (c) =>
    c.json(await getOpenAnswers(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(action, async (c) =>
    c.json(await createAction(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(trend, async (c) =>
    c.json(await getTrend(c.get('deps'), actorOf(c), c.req.valid('query').instrumentId), 200),
  );
