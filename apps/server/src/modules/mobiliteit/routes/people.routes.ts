import {
  ZIdParam,
  ZMobilityPreference,
  ZOpportunities,
  ZUpdateMobilityPreference,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { getOpportunities } from '../services/opportunities';
import { getPreference, setPreference } from '../services/preference';

const tags = ['mobility'];

const getPref = defineRoute('mobility.preference.own', {
  method: 'get',
  path: '/people/{id}/mobility-preference',
  operationId: 'getMobilityPreference',
  tags,
  summary: 'Whether the person is open to other work (their own opt-in)',
  request: { params: ZIdParam },
  responses: { 200: json(ZMobilityPreference), ...errorResponses },
});
const putPref = defineRoute('mobility.preference.own', {
  method: 'put',
  path: '/people/{id}/mobility-preference',
  operationId: 'setMobilityPreference',
  tags,
  summary: 'Opt in or out: only people who are open to other work appear as candidates',
  request: { params: ZIdParam, body: jsonBody(ZUpdateMobilityPreference) },
  responses: { 200: json(ZMobilityPreference), ...errorResponses, ...conflictResponse },
});
const opportunities = defineRoute('mobility.opportunities.own', {
  method: 'get',
  path: '/people/{id}/opportunities',
  operationId: 'listOpportunities',
  tags,
  summary:
    '"Mijn mogelijkheden": internal openings and ESCO transitions with the gap and the first learning step',
  request: { params: ZIdParam },
  responses: { 200: json(ZOpportunities), ...errorResponses },
});

export const mobilityPeopleRoutes = newRouter()
  .openapi(getPref, async (c) =>
    c.json(await getPreference(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(putPref, async (c) =>
    c.json(await setPreference(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(opportunities, async (c) =>
    c.json(await getOpportunities(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  );
