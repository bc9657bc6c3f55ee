import { z } from '@hono/zod-openapi';
import { ZInstrumentDefinition, ZInstrumentSummary, ZUploadInstrument } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { deleteInstrument } from '../services/delete-instrument';
import { getInstrument } from '../services/get-instrument';
import { listInstruments } from '../services/list-instruments';
import { uploadInstrument } from '../services/upload-instrument';

const tags = ['vitaliteit'];
const ZInstrumentParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const list = defineRoute('vitality.instrument.read', {
  method: 'get',
  path: '/survey-instruments',
  tags,
  summary:
    'Questionnaires: the bundled ones (CBI, psa, DI-check) and licensed ones the organisation uploaded',
  responses: { 200: json(z.object({ items: z.array(ZInstrumentSummary) })), ...errorResponses },
});
const get = defineRoute('vitality.instrument.read', {
  method: 'get',
  path: '/survey-instruments/{id}',
  tags,
  summary: 'One questionnaire in full: items, response scales, scales, bands, source and licence',
  request: { params: ZInstrumentParam },
  responses: { 200: json(ZInstrumentDefinition), ...errorResponses },
});
const upload = defineRoute('vitality.instrument.upload', {
  method: 'post',
  path: '/survey-instruments',
  tags,
  summary: 'Upload a licensed questionnaire (WAI, UWES are not bundled): the file, the licence reference',
  request: { body: jsonBody(ZUploadInstrument) },
  responses: { 201: json(ZInstrumentSummary, 'Created'), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('vitality.instrument.upload', {
  method: 'delete',
  path: '/survey-instruments/{id}',
  tags,
  summary: 'Remove an uploaded questionnaire (409 when a campaign used it)',
  request: { params: ZInstrumentParam },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const surveyInstrumentRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listInstruments(c.get('deps'), actorOf(c)), 200))
  .openapi(get, async (c) =>
    c.json(await getInstrument(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(upload, async (c) =>
    c.json(await uploadInstrument(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(remove, async (c) => {
    await deleteInstrument(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
