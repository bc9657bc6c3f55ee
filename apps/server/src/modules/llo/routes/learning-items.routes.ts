import { z } from '@hono/zod-openapi';
import {
  ZCatalogueImportResult,
  ZCreateLearningItem,
  ZIdParam,
  ZLearningItem,
  ZLearningItemQuery,
  ZUpdateLearningItem,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { importCatalogue } from '../services/import-catalogue';
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
