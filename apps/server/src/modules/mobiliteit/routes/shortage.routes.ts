import { z } from '@hono/zod-openapi';
import { ZShortageStamp, ZShortageTable } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { errorResponses, json } from '../../../platform/http/schemas';
import { getShortageTable, importShortageTable } from '../services/shortage';

const tags = ['mobility'];
const MAX_BYTES = 5 * 1024 * 1024;

const get = defineRoute('mobility.shortage.read', {
  method: 'get',
  path: '/mobility/shortage',
  operationId: 'getShortageTable',
  tags,
  summary: 'The imported shortage table with its date; empty until one is imported (none is invented)',
  responses: { 200: json(ZShortageTable), ...errorResponses },
});
const importRoute = defineRoute('mobility.shortage.import', {
  method: 'post',
  path: '/mobility/shortage/import',
  operationId: 'importShortageTable',
  tags,
  summary:
    'Import a shortage table (CSV/XLSX: ISCO-4 or ESCO URI, category, source, date). Every bad row is reported (422, `rows[n].field`); nothing is written unless all rows are valid; it replaces the previous table',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: { 201: json(ZShortageStamp, 'Imported'), ...errorResponses },
});

export const shortageRoutes = newRouter()
  .openapi(get, async (c) => c.json(await getShortageTable(c.get('deps'), actorOf(c), c.get('lang')), 200))
  .openapi(importRoute, async (c) => {
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File))
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'file_required' }]);
    if (file.size > MAX_BYTES)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'too_large' }]);
    const data = new Uint8Array(await file.arrayBuffer());
    return c.json(await importShortageTable(c.get('deps'), actorOf(c), { name: file.name, data }), 201);
  });
