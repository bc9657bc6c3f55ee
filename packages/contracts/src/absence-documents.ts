import { z } from '@hono/zod-openapi';
import { ABSENCE_DOCUMENT_KINDS } from '@inzetbaar/domain/poortwachter/vocabulary';
import { ZAbsenceCaseParams } from './absence';

/*
 * Documents of the occupational physician on an absence case, and the personal calendar feed
 * (issue 3, item 4). A document is medical (physician only) until the physician releases it.
 */

/** Defined once in the domain; re-exported under the name the web uses. */
export const ABSENCE_DOCUMENT_KIND_VALUES = ABSENCE_DOCUMENT_KINDS;
export const ZAbsenceDocumentKind = z.enum(ABSENCE_DOCUMENT_KINDS);
export type TAbsenceDocumentKind = z.infer<typeof ZAbsenceDocumentKind>;

/** Accepted uploads, by the type detected from the content (magic bytes). */
export const ABSENCE_DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export const ABSENCE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The text fields of the multipart upload (the file travels beside them as `file`). */
export const ZUploadAbsenceDocumentFields = z.object({
  kind: ZAbsenceDocumentKind,
  title: z.string().trim().min(1).max(200),
});
export type TUploadAbsenceDocumentFields = z.infer<typeof ZUploadAbsenceDocumentFields>;

export const ZAbsenceDocument = z
  .object({
    id: z.string(),
    kind: ZAbsenceDocumentKind,
    title: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedByName: z.string().nullable(),
    createdAt: z.string(),
    /** Null while the document is medical (visible to the occupational physician only). */
    releasedAt: z.string().nullable(),
    releasedByName: z.string().nullable(),
  })
  .openapi('AbsenceDocument');
export type TAbsenceDocument = z.infer<typeof ZAbsenceDocument>;

export const ZAbsenceDocuments = z.object({ items: z.array(ZAbsenceDocument) }).openapi('AbsenceDocuments');

/** Releasing is a deliberate act: the physician confirms the document holds no diagnosis. */
export const ZReleaseAbsenceDocument = z
  .strictObject(
    { confirmNoDiagnosis: z.boolean().refine((v) => v, 'confirm_no_diagnosis') },
    { error: 'unknown_field' },
  )
  .openapi('ReleaseAbsenceDocument');
export type TReleaseAbsenceDocument = z.infer<typeof ZReleaseAbsenceDocument>;

export const ZAbsenceDocumentParams = ZAbsenceCaseParams.extend({
  documentId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'documentId', in: 'path' } }),
});

/* personal calendar feed */

export const ZCalendarFeed = z
  .object({
    active: z.boolean(),
    createdAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('CalendarFeed');
export type TCalendarFeed = z.infer<typeof ZCalendarFeed>;

/** Returned once, when the feed is made: the URL holds the secret token and is not stored. */
export const ZCalendarFeedCreated = z
  .object({ url: z.string(), createdAt: z.string() })
  .openapi('CalendarFeedCreated');
export type TCalendarFeedCreated = z.infer<typeof ZCalendarFeedCreated>;

export const ZCalendarFeedParams = z.object({
  feed: z
    .string()
    .max(200)
    .openapi({ param: { name: 'feed', in: 'path' }, description: 'The secret token followed by `.ics`' }),
});
