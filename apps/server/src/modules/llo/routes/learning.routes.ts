import { z } from '@hono/zod-openapi';
import {
  ZBudgetRule,
  ZBudgetStatement,
  ZCatalogueImportResult,
  ZCompleteLearningRequest,
  ZCreateBudgetRule,
  ZCreateLearningItem,
  ZCreateLearningRequest,
  ZDecideLearningRequest,
  ZIdParam,
  ZLearningItem,
  ZLearningItemQuery,
  ZLearningRequest,
  ZLearningRequestQuery,
  ZRequestVersion,
  ZUpdateBudgetRule,
  ZUpdateLearningItem,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../http/context';
import { AppError } from '../../../http/problem';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../routes/schemas';
import { cancelLearningRequest } from '../services/cancel-learning-request';
import { completeLearningRequest } from '../services/complete-learning-request';
import { createLearningRequest } from '../services/create-learning-request';
import { decideLearningRequest } from '../services/decide-learning-request';
import { getBudgetStatement } from '../services/get-budget-statement';
import { importCatalogue } from '../services/import-catalogue';
import { listLearningRequests } from '../services/list-learning-requests';
import { changeRule, createRule, listRules, removeRule } from '../services/manage-budget-rules';
import {
  changeLearningItem,
  createLearningItem,
  searchLearningItems,
} from '../services/manage-learning-items';
import { tags } from './params';

const MAX_BYTES = 10 * 1024 * 1024;

const searchItems = defineRoute('llo.catalogue.read', {
  method: 'get',
  path: '/llo/learning-items',
  tags,
  summary: 'The learning catalogue; `skill` finds what teaches that skill',
  request: { query: ZLearningItemQuery },
  responses: { 200: json(z.object({ items: z.array(ZLearningItem) })), ...errorResponses },
});
const createItem = defineRoute('llo.catalogue.write', {
  method: 'post',
  path: '/llo/learning-items',
  tags,
  request: { body: jsonBody(ZCreateLearningItem) },
  responses: { 201: json(ZLearningItem, 'Created'), ...errorResponses, ...conflictResponse },
});
const changeItem = defineRoute('llo.catalogue.write', {
  method: 'patch',
  path: '/llo/learning-items/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateLearningItem) },
  responses: { 200: json(ZLearningItem), ...errorResponses, ...conflictResponse },
});
const importItems = defineRoute('llo.catalogue.write', {
  method: 'post',
  path: '/llo/learning-items/import',
  tags,
  summary:
    'Import a catalogue (CSV/XLSX): every bad row is reported (422, `rows[n].field`) and nothing is written unless all rows are valid; `dryRun=true` only checks',
  request: {
    query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: { 200: json(ZCatalogueImportResult), ...errorResponses },
});

const listRulesRoute = defineRoute('llo.budget-rule.read', {
  method: 'get',
  path: '/llo/budget-rules',
  tags,
  summary: 'Development budget rules (cao or organisation): money and hours per year, carry-over, pro rata',
  responses: { 200: json(z.object({ items: z.array(ZBudgetRule) })), ...errorResponses },
});
const createRuleRoute = defineRoute('llo.budget-rule.write', {
  method: 'post',
  path: '/llo/budget-rules',
  tags,
  request: { body: jsonBody(ZCreateBudgetRule) },
  responses: { 201: json(ZBudgetRule, 'Created'), ...errorResponses, ...conflictResponse },
});
const changeRuleRoute = defineRoute('llo.budget-rule.write', {
  method: 'patch',
  path: '/llo/budget-rules/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateBudgetRule) },
  responses: { 200: json(ZBudgetRule), ...errorResponses, ...conflictResponse },
});
const removeRuleRoute = defineRoute('llo.budget-rule.write', {
  method: 'delete',
  path: '/llo/budget-rules/{id}',
  tags,
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const budget = defineRoute('llo.budget.read', {
  method: 'get',
  path: '/people/{id}/budget',
  tags,
  summary: "A person's budget per year: allotted, carried in, used, lapsed, available",
  request: {
    params: ZIdParam,
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  },
  responses: { 200: json(ZBudgetStatement), ...errorResponses },
});

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

export const catalogueRoutes = newRouter()
  .openapi(searchItems, async (c) =>
    c.json(await searchLearningItems(c.get('deps'), actorOf(c), c.req.valid('query'), c.get('lang')), 200),
  )
  .openapi(createItem, async (c) =>
    c.json(await createLearningItem(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('lang')), 201),
  )
  .openapi(changeItem, async (c) =>
    c.json(
      await changeLearningItem(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(importItems, async (c) => {
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File))
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'file_required' }]);
    if (file.size > MAX_BYTES)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'too_large' }]);
    const data = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await importCatalogue(
        c.get('deps'),
        actorOf(c),
        { name: file.name, data },
        c.req.valid('query').dryRun === 'true',
      ),
      200,
    );
  });

export const budgetRoutes = newRouter()
  .openapi(listRulesRoute, async (c) => c.json(await listRules(c.get('deps'), actorOf(c)), 200))
  .openapi(createRuleRoute, async (c) =>
    c.json(await createRule(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(changeRuleRoute, async (c) =>
    c.json(await changeRule(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(removeRuleRoute, async (c) => {
    await removeRule(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  })
  .openapi(budget, async (c) =>
    c.json(
      await getBudgetStatement(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').year),
      200,
    ),
  );

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
