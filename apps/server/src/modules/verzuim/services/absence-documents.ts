import { createHash } from 'node:crypto';
import {
  ABSENCE_DOCUMENT_MAX_BYTES,
  ABSENCE_DOCUMENT_TYPES,
  type TAbsenceDocument,
  type TUploadAbsenceDocumentFields,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '../../../auth/actor';
import { type Action, inScope, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { forbidden, invalidField, notFound } from '../../../platform/http/problem';
import { employmentsOfPerson } from '../../people/repo/people.repo';
import type { AbsenceCaseRow } from '../repo/absence.repo';
import {
  type AbsenceDocumentRow,
  deleteDocument,
  documentContent,
  documentsOfCase,
  findDocument,
  insertDocument,
  setRelease,
} from '../repo/absence-documents.repo';
import { loadCase } from './absence-cases';
import { type Directory, loadDirectory } from './absence-directory';

/*
 * Documents of the occupational physician on a case (probleemanalyse, advies, actueel oordeel).
 * A document is medical — readable by the physician only — until the physician releases it to
 * the employer, confirming that it holds no diagnosis (AP "De zieke werknemer": the employer
 * receives functional limitations, possibilities and work advice only; domain-rules §2.1).
 * Released documents are for the case's readers: HR, the manager of the person's unit and the
 * person. Every read of a medical document and every download of a released one is audited with
 * the person as subject, so they see it on /me/file-access. Audit details never hold a title or
 * file name: those may say more than the employer may know.
 */

/** Whether the actor may perform `action` on this case (no throw). */
async function mayOnCase(db: DbOrTx, actor: Actor, c: AbsenceCaseRow, action: Action) {
  const scope = scopeFor(actor, action);
  if (!scope) return false;
  const employments = await employmentsOfPerson(db, c.organizationId, c.personId);
  return inScope(actor, scope, { personId: c.personId, unitIds: employments.map((e) => e.unitId) });
}

const present = (d: AbsenceDocumentRow, dir: Directory): TAbsenceDocument => ({
  id: d.id,
  kind: d.kind,
  title: d.title,
  fileName: d.fileName,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  uploadedByName: d.uploadedByPersonId ? dir.name(d.uploadedByPersonId) : null,
  createdAt: d.createdAt.toISOString(),
  releasedAt: d.releasedAt ? d.releasedAt.toISOString() : null,
  releasedByName: d.releasedByPersonId ? dir.name(d.releasedByPersonId) : null,
});

/**
 * A file name safe to store and to send back: no path, letters, digits, `.`, `-`, `_` and spaces
 * only, at most 120 characters, ending in the extension of the detected type.
 */
export function safeFileName(name: string, ext: string): string {
  const base =
    (name.split(/[\\/]/).pop() ?? '')
      .normalize('NFC')
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
      .replace(/\s+/g, ' ')
      .replace(/^[ ._-]+|[ ._-]+$/g, '')
      .slice(0, 120) || 'document';
  return `${base}.${ext}`;
}

/** The ASCII fallback of a file name for the plain `filename=` of Content-Disposition. */
export const asciiFileName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._-]/g, '_');

export async function listDocuments(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<{ items: TAbsenceDocument[] }> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.document.read');
    const isPhysician = await mayOnCase(tx, actor, c, 'medical.document.read');
    const rows = await documentsOfCase(tx, c.organizationId, c.id);
    const visible = isPhysician ? rows : rows.filter((d) => d.releasedAt !== null);
    const medical = visible.filter((d) => d.releasedAt === null).length;
    // the titles of medical documents are medical data too: their listing is a read
    if (medical > 0)
      await recordAudit(tx, actor, c.organizationId, {
        action: 'medical_documents.listed',
        resourceType: 'absence_case',
        resourceId: c.id,
        subjectPersonId: c.personId,
        details: { count: medical },
      });
    const dir = await loadDirectory(tx, c.organizationId);
    return { items: visible.map((d) => present(d, dir)) };
  });
}

export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  caseId: string,
  fields: TUploadAbsenceDocumentFields,
  file: { name: string; data: Uint8Array },
): Promise<TAbsenceDocument> {
  if (file.data.byteLength === 0) throw invalidField('file', 'file_required');
  if (file.data.byteLength > ABSENCE_DOCUMENT_MAX_BYTES) throw invalidField('file', 'too_large');
  // the type comes from the content, never from the client's header or file name
  const detected = await fileTypeFromBuffer(file.data);
  const ext = detected && ABSENCE_DOCUMENT_TYPES[detected.mime as keyof typeof ABSENCE_DOCUMENT_TYPES];
  if (!detected || !ext) throw invalidField('file', 'unsupported_document_type');
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'medical.document.write');
    const row = await insertDocument(
      tx,
      {
        organizationId: c.organizationId,
        caseId: c.id,
        personId: c.personId,
        kind: fields.kind,
        title: fields.title,
        fileName: safeFileName(file.name, ext),
        contentType: detected.mime,
        sizeBytes: file.data.byteLength,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        uploadedByPersonId: actor.personId,
      },
      file.data,
    );
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence_document.uploaded',
      resourceType: 'absence_document',
      resourceId: row.id,
      subjectPersonId: c.personId,
      details: { caseId: c.id, kind: row.kind, contentType: row.contentType, sizeBytes: row.sizeBytes },
    });
    return present(row, await loadDirectory(tx, c.organizationId));
  });
}

export type DocumentFile = { fileName: string; contentType: string; data: Uint8Array };

/**
 * The file. A medical document only for the physician (others get 403); every read of a medical
 * document and every download of a released one is audited in the same transaction.
 */
export async function downloadDocument(
  deps: Deps,
  actor: Actor,
  caseId: string,
  documentId: string,
): Promise<DocumentFile> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.document.read');
    const doc = await findDocument(tx, c.organizationId, c.id, documentId);
    if (!doc) throw notFound();
    const released = doc.releasedAt !== null;
    if (!released && !(await mayOnCase(tx, actor, c, 'medical.document.read'))) throw forbidden();
    const data = await documentContent(tx, c.organizationId, doc.id);
    if (!data) throw notFound();
    await recordAudit(tx, actor, c.organizationId, {
      action: released ? 'absence_document.downloaded' : 'medical_document.viewed',
      resourceType: 'absence_document',
      resourceId: doc.id,
      subjectPersonId: c.personId,
      details: { caseId: c.id, kind: doc.kind },
    });
    return { fileName: doc.fileName, contentType: doc.contentType, data };
  });
}

/**
 * Release to the employer (the body's `confirmNoDiagnosis: true` is checked by the contract), or
 * withdraw a release. Idempotent: releasing a released document keeps the first release.
 */
export async function changeRelease(
  deps: Deps,
  actor: Actor,
  caseId: string,
  documentId: string,
  release: boolean,
): Promise<TAbsenceDocument> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'medical.document.write');
    const doc = await findDocument(tx, c.organizationId, c.id, documentId);
    if (!doc) throw notFound();
    let row = doc;
    if (release && !doc.releasedAt) {
      row = await setRelease(tx, c.organizationId, doc.id, {
        releasedAt: deps.clock.now(),
        releasedByPersonId: actor.personId,
      });
      await recordAudit(tx, actor, c.organizationId, {
        action: 'absence_document.released',
        resourceType: 'absence_document',
        resourceId: doc.id,
        subjectPersonId: c.personId,
        details: { caseId: c.id, kind: doc.kind, confirmedNoDiagnosis: true },
      });
    } else if (!release && doc.releasedAt) {
      row = await setRelease(tx, c.organizationId, doc.id, null);
      await recordAudit(tx, actor, c.organizationId, {
        action: 'absence_document.release_withdrawn',
        resourceType: 'absence_document',
        resourceId: doc.id,
        subjectPersonId: c.personId,
        details: {
          caseId: c.id,
          releasedAt: doc.releasedAt.toISOString(),
          releasedByPersonId: doc.releasedByPersonId,
        },
      });
    }
    return present(row, await loadDirectory(tx, c.organizationId));
  });
}

export async function removeDocument(deps: Deps, actor: Actor, caseId: string, documentId: string) {
  await deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'medical.document.write');
    const doc = await findDocument(tx, c.organizationId, c.id, documentId);
    if (!doc) throw notFound();
    await deleteDocument(tx, c.organizationId, doc.id);
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence_document.deleted',
      resourceType: 'absence_document',
      resourceId: doc.id,
      subjectPersonId: c.personId,
      details: { caseId: c.id, kind: doc.kind, wasReleased: doc.releasedAt !== null, sha256: doc.sha256 },
    });
  });
}
