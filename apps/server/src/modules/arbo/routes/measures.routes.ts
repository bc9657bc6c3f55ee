import { z } from '@hono/zod-openapi';
import {
  ZCreateMeasure,
  ZIdParam,
  ZMeasure,
  ZMeasureQuery,
  ZUpdateMeasure,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import {
  changeMeasure,
  createMeasure,
  exportMeasures,
  removeMeasure,
  searchMeasures,
} from '../services/measures.service';

const tags = ['arbo'];
const list = defineRoute('measure.read', {
  method: 'get',
  path: '/measures',
  tags,
  summary: 'Plan van aanpak: measures, overdue ones flagged',
  request: { query: ZMeasureQuery },
  responses: { 200: json(z.object({ items: z.array(ZMeasure) })), ...errorResponses },
});
const exportXlsx = defineRoute('measure.read', {
  method: 'get',
  path: '/measures/export.xlsx',
  tags,
  summary: 'Plan van aanpak as XLSX',
  request: { query: z.object({ assessmentId: z.string().optional() }) },
  responses: { 200: { description: 'The XLSX file' }, ...errorResponses },
});
const create = defineRoute('measure.write', {
  method: 'post',
  path: '/measures',
  tags,
  request: { body: jsonBody(ZCreateMeasure) },
  responses: { 201: json(ZMeasure, 'Created'), ...errorResponses },
});
const update = defineRoute('measure.write', {
  method: 'patch',
  path: '/measures/{id}',
  tags,
  summary: 'Owner, due date, budget, status and the check that the measure worked',
  request: { params: ZIdParam, body: jsonBody(ZUpdateMeasure) },
  responses: { 200: json(ZMeasure), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('measure.write', {
  method: 'delete',
  path: '/measures/{id}',
  tags,
  summary:
    'Delete a measure (409 when its RI&E is locked or a report links to it: cancel it instead; 409 on a stale version)',
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const measureRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await searchMeasures(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(exportXlsx, async (c) => {
    const file = await exportMeasures(c.get('deps'), actorOf(c), c.req.valid('query'));
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    });
  })
  .openapi(create, async (c) =>
    c.json(await createMeasure(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(update, async (c) =>
    c.json(await changeMeasure(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(remove, async (c) => {
    await removeMeasure(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  });
