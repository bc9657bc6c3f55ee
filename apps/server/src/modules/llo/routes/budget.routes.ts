import { z } from '@hono/zod-openapi';
import {
  ZBudgetRule,
  ZBudgetStatement,
  ZCreateBudgetRule,
  ZIdParam,
  ZUpdateBudgetRule,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { getBudgetStatement } from '../services/get-budget-statement';
import { changeRule, createRule, listRules, removeRule } from '../services/manage-budget-rules';
import { tags } from './params';

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
