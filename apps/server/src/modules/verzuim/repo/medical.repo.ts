import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq } from 'drizzle-orm';

/*
 * Medical data of the occupational physician (docs/architecture.md §5, AP: the employer may not
 * process it). The only repository that reads or writes `medical_notes`; only the medical services
 * (services/absence-medical.ts) and the demo seed may import it — the layering test fails otherwise.
 * Retention (repo/absence-retention.repo.ts) deletes notes and reads their dates, never their content.
 */
const { medicalNotes } = schema;
export type MedicalNoteRow = typeof medicalNotes.$inferSelect;

export async function medicalNotesOfCase(db: DbOrTx, organizationId: string, caseId: string) {
  return db
    .select()
    .from(medicalNotes)
    .where(and(eq(medicalNotes.organizationId, organizationId), eq(medicalNotes.caseId, caseId)))
    .orderBy(desc(medicalNotes.createdAt));
}

export async function insertMedicalNote(db: DbOrTx, values: typeof medicalNotes.$inferInsert) {
  const [row] = await db.insert(medicalNotes).values(values).returning();
  return row as MedicalNoteRow;
}
