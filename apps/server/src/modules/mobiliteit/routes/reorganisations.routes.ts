import { z } from '@hono/zod-openapi';
import {
  ZAddCases,
  ZCaseQuery,
  ZCreateReorganisation,
  ZIdParam,
  ZMobilityCase,
  ZPlanToPop,
  ZPlanToPopResult,
  ZReorganisation,
  ZReorganisationDetail,
  ZTransitionPlan,
  ZUpdateCase,
  ZUpdateReorganisation,
  ZWorksCouncilReport,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { changeCase, listCaseload } from '../services/cases';
import { getTransitionPlan, planToPop } from '../services/plan';
import {
  addCases,
  changeReorganisation,
  createReorganisation,
  getReorganisation,
  listReorganisationsFor,
  worksCouncilReport,
} from '../services/reorganisations';

const tags = ['mobility'];

const list = defineRoute('mobility.reorganisation.list', {
  method: 'get',
  path: '/mobility/reorganisations',
  operationId: 'listReorganisations',
  tags,
  summary:
    'Reorganisations with (threatened) redundant groups and their status counts (counts only: also for the works council)',
  responses: { 200: json(z.object({ items: z.array(ZReorganisation) })), ...errorResponses },
});
const create = defineRoute('mobility.reorganisation.write', {
  method: 'post',
  path: '/mobility/reorganisations',
  operationId: 'createReorganisation',
  summary: 'Create a reorganisation whose people are (threatened) redundant (van werk naar werk)',
  tags,
  request: { body: jsonBody(ZCreateReorganisation) },
  responses: { 201: json(ZReorganisation, 'Created'), ...errorResponses },
});
const get = defineRoute('mobility.reorganisation.read', {
  method: 'get',
  path: '/mobility/reorganisations/{id}',
  operationId: 'getReorganisation',
  tags,
  summary: 'The reorganisation overview: every person with coach and status',
  request: { params: ZIdParam },
  responses: { 200: json(ZReorganisationDetail), ...errorResponses },
});
const change = defineRoute('mobility.reorganisation.write', {
  method: 'patch',
  path: '/mobility/reorganisations/{id}',
  operationId: 'updateReorganisation',
  summary: 'Change or close a reorganisation (optimistic: send the version you read)',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateReorganisation) },
  responses: { 200: json(ZReorganisation), ...errorResponses, ...conflictResponse },
});
const add = defineRoute('mobility.reorganisation.write', {
  method: 'post',
  path: '/mobility/reorganisations/{id}/cases',
  operationId: 'addReorganisationCases',
  tags,
  summary: 'Mark people as part of the (threatened) redundant group, with a coach',
  request: { params: ZIdParam, body: jsonBody(ZAddCases) },
  responses: { 200: json(ZReorganisationDetail), ...errorResponses, ...conflictResponse },
});
const report = defineRoute('mobility.reorganisation.report', {
  method: 'get',
  path: '/mobility/reorganisations/{id}/report',
  operationId: 'getReorganisationReport',
  tags,
  summary: 'The works council report: counts only, no names',
  request: { params: ZIdParam },
  responses: { 200: json(ZWorksCouncilReport), ...errorResponses },
});
const caseload = defineRoute('mobility.case.read', {
  method: 'get',
  path: '/mobility/cases',
  operationId: 'listMobilityCases',
  tags,
  summary: "The coach's caseload (HR: every case)",
  request: { query: ZCaseQuery },
  responses: { 200: json(z.object({ items: z.array(ZMobilityCase) })), ...errorResponses },
});
const changeCaseRoute = defineRoute('mobility.case.write', {
  method: 'patch',
  path: '/mobility/cases/{id}',
  operationId: 'updateMobilityCase',
  tags,
  summary: 'HR assigns the coach; HR or the coach records the status',
  request: { params: ZIdParam, body: jsonBody(ZUpdateCase) },
  responses: { 200: json(ZMobilityCase), ...errorResponses, ...conflictResponse },
});
const plan = defineRoute('mobility.plan.read', {
  method: 'get',
  path: '/mobility/cases/{id}/plan',
  operationId: 'getTransitionPlan',
  tags,
  summary: 'The transition plan: internal openings first, then ESCO occupations with a shortage first',
  request: { params: ZIdParam },
  responses: { 200: json(ZTransitionPlan), ...errorResponses },
});
const toPop = defineRoute('mobility.plan.to-pop', {
  method: 'post',
  path: '/mobility/cases/{id}/pop-goals',
  operationId: 'createPopGoalsFromTransition',
  tags,
  summary: "Turn a transition's missing essential skills into POP goals (one per skill, most common first)",
  request: { params: ZIdParam, body: jsonBody(ZPlanToPop) },
  responses: { 201: json(ZPlanToPopResult, 'Created'), ...errorResponses, ...conflictResponse },
});

export const reorganisationRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listReorganisationsFor(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createReorganisation(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(get, async (c) =>
    c.json(await getReorganisation(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(change, async (c) =>
    c.json(
      await changeReorganisation(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(add, async (c) =>
    c.json(await addCases(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(report, async (c) =>
    c.json(await worksCouncilReport(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(caseload, async (c) =>
    c.json(await listCaseload(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(changeCaseRoute, async (c) =>
    c.json(await changeCase(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(plan, async (c) =>
    c.json(await getTransitionPlan(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  )
  .openapi(toPop, async (c) =>
    c.json(
      await planToPop(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('lang')),
      201,
    ),
  );
