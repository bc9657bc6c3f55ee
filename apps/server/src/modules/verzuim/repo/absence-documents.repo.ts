import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq } from 'drizzle-orm';
import { findInOrganization } from '../../../platform/db/tenant.repo';

const { absenceDocuments, absenceDocumentContents } = schema;

export type AbsenceDocumentRow = typeof absenceDocuments.$inferSelect;

/** The case's documents, metadata only: the bytes stay in their own table. */
export async function documentsOfCase(db: DbOrTx, organizationId: string, caseId: string) {
  return db
    .select()
    .from(absenceDocuments)
    .where(and(eq(absenceDocuments.organizationId, organizationId), eq(absenceDocuments.caseId, caseId)))
    .orderBy(asc(absenceDocuments.createdAt));
}

export async function findDocument(db: DbOrTx, organizationId: string, caseId: string, id: string) {
  const row = await findInOrganization(db, absenceDocuments, organizationId, id);
  return row && row.caseId === caseId ? row : undefined;
}

export async function insertDocument(
  db: DbOrTx,
  values: typeof absenceDocuments.$inferInsert,
  content: Uint8Array,
): Promise<AbsenceDocumentRow> {
  const [row] = await db.insert(absenceDocuments).values(values).returning();
  const doc = row as AbsenceDocumentRow;
  await db
    .insert(absenceDocumentContents)
    .values({ documentId: doc.id, organizationId: doc.organizationId, content });
  return doc;
}

export async function documentContent(db: DbOrTx, organizationId: string, documentId: string) {
  const [row] = await db
    .select({ content: absenceDocumentContents.content })
    .from(absenceDocumentContents)
    .where(
      and(
        eq(absenceDocumentContents.organizationId, organizationId),
        eq(absenceDocumentContents.documentId, documentId),
      ),
    );
  return row?.content;
}

export async function setRelease(
  db: DbOrTx,
  organizationId: string,
  id: string,
  release: { releasedAt: Date; releasedByPersonId: string | null } | null,
) {
  const [row] = await db
    .update(absenceDocuments)
    .set(release ?? { releasedAt: null, releasedByPersonId: null })
    .where(and(eq(absenceDocuments.organizationId, organizationId), eq(absenceDocuments.id, id)))
    .returning();
  return row as AbsenceDocumentRow;
}

export async function deleteDocument(db: DbOrTx, organizationId: string, id: string) {
  await db
    .delete(absenceDocumentContents)
    .where(
      and(
        eq(absenceDocumentContents.organizationId, organizationId),
        eq(absenceDocumentContents.documentId, id),
      ),
    );
  await db
    .delete(absenceDocuments)
    .where(and(eq(absenceDocuments.organizationId, organizationId), eq(absenceDocuments.id, id)));
}
