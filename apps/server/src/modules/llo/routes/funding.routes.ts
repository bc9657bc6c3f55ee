import { z } from '@hono/zod-openapi';
import {
  ZCreateFundingScheme,
  ZFundingCheck,
  ZFundingCheckInput,
  ZFundingSchemeView,
  ZIdParam,
  ZUpdateFundingScheme,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { checkFunding } from '../services/check-funding';
import {
  changeFundingScheme,
  createFundingScheme,
  listFundingSchemes,
  removeFundingScheme,
} from '../services/manage-funding-schemes';
import { tags } from './params';

const list = defineRoute('llo.funding.read', {
  method: 'get',
  path: '/llo/funding-schemes',
  tags,
  summary:
    'Funding schemes (SLIM, ESF+, …, and the organisation’s O&O fund entries) with their availability today',
  responses: { 200: json(z.object({ items: z.array(ZFundingSchemeView) })), ...errorResponses },
});
const create = defineRoute('llo.funding.write', {
  method: 'post',
  path: '/llo/funding-schemes',
  tags,
  summary: 'Add the organisation’s sector O&O fund',
  request: { body: jsonBody(ZCreateFundingScheme) },
  responses: { 201: json(ZFundingSchemeView, 'Created'), ...errorResponses },
});
const change = defineRoute('llo.funding.write', {
  method: 'patch',
  path: '/llo/funding-schemes/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateFundingScheme) },
  responses: { 200: json(ZFundingSchemeView), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('llo.funding.write', {
  method: 'delete',
  path: '/llo/funding-schemes/{id}',
  tags,
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const check = defineRoute('llo.funding.check', {
  method: 'post',
  path: '/llo/funding-check',
  tags,
  summary: 'Which schemes may pay for these requests today, what a SLIM application needs, why others do not',
  request: { body: jsonBody(ZFundingCheckInput) },
  responses: { 200: json(ZFundingCheck), ...errorResponses },
});

export const fundingRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listFundingSchemes(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createFundingScheme(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(change, async (c) =>
    c.json(
      await changeFundingScheme(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(remove, async (c) => {
    await removeFundingScheme(
      c.get('deps'),
      actorOf(c),
      c.req.valid('param').id,
      c.req.valid('query').version,
    );
    return c.body(null, 204);
  })
  .openapi(check, async (c) =>
    c.json(await checkFunding(c.get('deps'), actorOf(c), c.req.valid('json').requestIds), 200),
  );
