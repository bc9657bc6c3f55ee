import { z } from '@hono/zod-openapi';
import { ZIdParam, ZPeopleImport } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { conflictResponse, errorResponses, json } from '../../../platform/http/schemas';
import { confirmPeopleImport, previewPeopleImport } from '../services/import-people.service';

const MAX_BYTES = 10 * 1024 * 1024;

const preview = defineRoute('people.import', {
  method: 'post',
  path: '/people-imports',
  tags: ['people'],
  summary:
    'Upload a CSV/XLSX people file: returns mapping, every invalid row, and a preview; writes no people',
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
  responses: { 201: json(ZPeopleImport, 'Preview stored'), ...errorResponses },
});
const confirm = defineRoute('people.import', {
  method: 'post',
  path: '/people-imports/{id}/confirm',
  tags: ['people'],
  summary: 'Write the previewed import (all or nothing; refused while the file has errors)',
  request: { params: ZIdParam },
  responses: { 200: json(ZPeopleImport), ...errorResponses, ...conflictResponse },
});

export const peopleImportRoutes = newRouter()
  .openapi(preview, async (c) => {
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File))
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'file_required' }]);
    if (file.size > MAX_BYTES)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: 'too_large' }]);
    const data = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await previewPeopleImport(c.get('deps'), actorOf(c), { name: file.name, data }, c.get('lang')),
      201,
    );
  })
  .openapi(confirm, async (c) =>
    c.json(await confirmPeopleImport(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  );
