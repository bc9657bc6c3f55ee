import { ZLloDashboard } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { getLloDashboard } from '../services/get-llo-dashboard';
import { tags } from './params';

const dashboard = defineRoute('llo.dashboard', {
  method: 'get',
  path: '/llo/dashboard',
  tags,
  summary:
    'LLO dashboard: participation, hours per FTE, budget, skill coverage, certificates, talks (aggregates)',
  responses: { 200: json(ZLloDashboard), ...errorResponses },
});

export const dashboardRoutes = newRouter().openapi(dashboard, async (c) =>
  c.json(await getLloDashboard(c.get('deps'), actorOf(c), c.get('lang')), 200),
);
