import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, isNotNull, lte, type SQL } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloCertificates } = schema;
export type CertificateRow = typeof lloCertificates.$inferSelect;

export const listCertificatesOf = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(lloCertificates)
    .where(and(eq(lloCertificates.organizationId, organizationId), eq(lloCertificates.personId, personId)))
    .orderBy(asc(lloCertificates.expiresOn), asc(lloCertificates.name));

/** Certificates that expire on or before `until` (all organisations when `organizationId` is null). */
export function listExpiringCertificates(db: DbOrTx, organizationId: string | null, until: string) {
  const where: SQL[] = [isNotNull(lloCertificates.expiresOn), lte(lloCertificates.expiresOn, until)];
  if (organizationId) where.push(eq(lloCertificates.organizationId, organizationId));
  return db
    .select()
    .from(lloCertificates)
    .where(and(...where))
    .orderBy(asc(lloCertificates.expiresOn));
}
export const findCertificate = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloCertificates, organizationId, id);
export const insertCertificate = async (db: DbOrTx, v: typeof lloCertificates.$inferInsert) =>
  one(await db.insert(lloCertificates).values(v).returning());
export const updateCertificate = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloCertificates.$inferInsert>,
) => updateVersioned(db, lloCertificates, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteCertificate = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, lloCertificates, organizationId, id, version);
