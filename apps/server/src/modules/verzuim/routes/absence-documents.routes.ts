import { z } from '@hono/zod-openapi';
import {
  ABSENCE_DOCUMENT_MAX_BYTES,
  ZAbsenceCaseParams,
  ZAbsenceDocument,
  ZAbsenceDocumentParams,
  ZAbsenceDocuments,
  ZReleaseAbsenceDocument,
  ZUploadAbsenceDocumentFields,
} from '@inzetbaar/contracts';
import { bodyLimit } from 'hono/body-limit';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import {
  asciiFileName,
  changeRelease,
  downloadDocument,
  listDocuments,
  removeDocument,
  uploadDocument,
} from '../services/absence-documents';

const tags = ['absence'];

/** The multipart upload: the text fields and the file (its type is checked on its content). */
const ZUploadForm = ZUploadAbsenceDocumentFields.extend({
  file: z
    .instanceof(File, { message: 'file_required' })
    .refine((f) => f.size <= ABSENCE_DOCUMENT_MAX_BYTES, 'too_large')
    .openapi({ type: 'string', format: 'binary', description: 'PDF, DOCX, ODT, PNG or JPEG, at most 10 MB' }),
});

const list = defineRoute('absence.document.read', {
  method: 'get',
  path: '/absences/{id}/documents',
  tags,
  summary:
    'Documents of the case: released ones for case readers; the physician also sees the medical (unreleased) ones (audited)',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(ZAbsenceDocuments), ...errorResponses },
});
const upload = defineRoute('medical.document.write', {
  method: 'post',
  path: '/absences/{id}/documents',
  tags,
  summary: 'Upload a document (multipart) — occupational physician only; it stays medical until released',
  request: {
    params: ZAbsenceCaseParams,
    body: { required: true, content: { 'multipart/form-data': { schema: ZUploadForm } } },
  },
  responses: {
    201: json(ZAbsenceDocument, 'Stored'),
    ...errorResponses,
    413: { description: 'The request is larger than 10 MB' },
  },
});
const download = defineRoute('absence.document.read', {
  method: 'get',
  path: '/absences/{id}/documents/{documentId}/content',
  tags,
  summary: 'Download the file (audited); a medical document only for the occupational physician',
  request: { params: ZAbsenceDocumentParams },
  responses: { 200: { description: 'The file, as an attachment' }, ...errorResponses },
});
const release = defineRoute('medical.document.write', {
  method: 'put',
  path: '/absences/{id}/documents/{documentId}/release',
  tags,
  summary: 'Release the document to the employer; the physician confirms it holds no diagnosis',
  request: { params: ZAbsenceDocumentParams, body: jsonBody(ZReleaseAbsenceDocument) },
  responses: { 200: json(ZAbsenceDocument), ...errorResponses },
});
const withdraw = defineRoute('medical.document.write', {
  method: 'delete',
  path: '/absences/{id}/documents/{documentId}/release',
  tags,
  summary: 'Withdraw the release: the document is medical again (physician only)',
  request: { params: ZAbsenceDocumentParams },
  responses: { 200: json(ZAbsenceDocument), ...errorResponses },
});
const remove = defineRoute('medical.document.write', {
  method: 'delete',
  path: '/absences/{id}/documents/{documentId}',
  tags,
  summary: 'Delete the document and its file (physician only)',
  request: { params: ZAbsenceDocumentParams },
  responses: { ...noContent, ...errorResponses },
});

/** RFC 6266: an ASCII name for old clients and the exact (UTF-8) name beside it. */
const disposition = (name: string) =>
  `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const absenceDocumentRoutes = newRouter();
// refuse an oversized upload before it is read into memory (10 MB plus the multipart framing)
absenceDocumentRoutes.use(
  '/absences/:id/documents',
  bodyLimit({
    maxSize: ABSENCE_DOCUMENT_MAX_BYTES + 64 * 1024,
    onError: () => {
      throw new AppError(413, 'payload_too_large', [{ field: 'file', code: 'too_large' }]);
    },
  }),
);
absenceDocumentRoutes
  .openapi(list, async (c) =>
    c.json(await listDocuments(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(upload, async (c) => {
    const { file, ...fields } = c.req.valid('form');
    const data = new Uint8Array(await file.arrayBuffer());
    const doc = await uploadDocument(c.get('deps'), actorOf(c), c.req.valid('param').id, fields, {
      name: file.name,
      data,
    });
    return c.json(doc, 201);
  })
  .openapi(download, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const file = await downloadDocument(c.get('deps'), actorOf(c), id, documentId);
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': disposition(file.fileName),
      'Content-Length': String(file.data.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(release, async (c) => {
    const { id, documentId } = c.req.valid('param');
    return c.json(await changeRelease(c.get('deps'), actorOf(c), id, documentId, true), 200);
  })
  .openapi(withdraw, async (c) => {
    const { id, documentId } = c.req.valid('param');
    return c.json(await changeRelease(c.get('deps'), actorOf(c), id, documentId, false), 200);
  })
  .openapi(remove, async (c) => {
    const { id, documentId } = c.req.valid('param');
    await removeDocument(c.get('deps'), actorOf(c), id, documentId);
    return c.body(null, 204);
  });
