import { z } from '@hono/zod-openapi';
import { ZCreateOwnRisk, ZRiskCatalogueSummary, ZRiskCatalogueTree } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { addOwnRisk, listCatalogues, viewCatalogue } from '../services/rie.service';

const ZCatalogueParam = z.object({
  id: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const list = defineRoute('arbo.catalogue.read', {
  method: 'get',
  path: '/risk-catalogues',
  tags: ['arbo'],
  summary: 'The bundled RI&E risk catalogues; isDefault marks the one for the organisation’s sector',
  responses: { 200: json(z.object({ items: z.array(ZRiskCatalogueSummary) })), ...errorResponses },
});
const read = defineRoute('arbo.catalogue.read', {
  method: 'get',
  path: '/risk-catalogues/{id}',
  tags: ['arbo'],
  summary: 'A catalogue with the organisation’s own risks merged in',
  request: { params: ZCatalogueParam },
  responses: { 200: json(ZRiskCatalogueTree), ...errorResponses },
});
const addOwn = defineRoute('arbo.catalogue.write', {
  method: 'post',
  path: '/risk-catalogues/{id}/own-risks',
  tags: ['arbo'],
  summary: 'Add an own risk to a module of the catalogue (validated like catalogue risks)',
  request: { params: ZCatalogueParam, body: jsonBody(ZCreateOwnRisk) },
  responses: { 201: json(ZRiskCatalogueTree, 'The merged catalogue'), ...errorResponses },
});

export const riskCatalogueRoutes = newRouter()
  .openapi(list, async (c) => c.json({ items: await listCatalogues(c.get('deps'), actorOf(c)) }, 200))
  .openapi(read, async (c) =>
    c.json(await viewCatalogue(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(addOwn, async (c) =>
    c.json(await addOwnRisk(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
