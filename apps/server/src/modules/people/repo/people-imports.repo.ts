import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';

const { peopleImports } = schema;
export type PeopleImportRow = typeof peopleImports.$inferSelect;

export async function insertPeopleImport(db: DbOrTx, values: typeof peopleImports.$inferInsert) {
  const [row] = await db.insert(peopleImports).values(values).returning();
  if (!row) throw new Error('insert import returned nothing');
  return row;
}

export async function findPeopleImport(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(peopleImports)
    .where(and(eq(peopleImports.organizationId, organizationId), eq(peopleImports.id, id)));
  return row;
}

export async function markPeopleImportCommitted(db: DbOrTx, organizationId: string, id: string, now: Date) {
  const [row] = await db
    .update(peopleImports)
    .set({ status: 'committed', committedAt: now })
    .where(and(eq(peopleImports.organizationId, organizationId), eq(peopleImports.id, id)))
    .returning();
  return row;
}
