import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, ne } from 'drizzle-orm';

const { mobilityShortageImports, mobilityShortageEntries } = schema;
export type ShortageImportRow = typeof mobilityShortageImports.$inferSelect;
export type ShortageEntryRow = typeof mobilityShortageEntries.$inferSelect;

/** The import in use: the latest one. */
export async function latestShortageImport(db: DbOrTx, organizationId: string) {
  const [row] = await db
    .select()
    .from(mobilityShortageImports)
    .where(eq(mobilityShortageImports.organizationId, organizationId))
    .orderBy(desc(mobilityShortageImports.importedAt))
    .limit(1);
  return row;
}
export const shortageEntries = (db: DbOrTx, organizationId: string, importId: string) =>
  db
    .select()
    .from(mobilityShortageEntries)
    .where(
      and(
        eq(mobilityShortageEntries.organizationId, organizationId),
        eq(mobilityShortageEntries.importId, importId),
      ),
    );
export async function insertShortageImport(
  db: DbOrTx,
  v: typeof mobilityShortageImports.$inferInsert,
  entries: Omit<typeof mobilityShortageEntries.$inferInsert, 'importId' | 'organizationId'>[],
) {
  const [row] = await db.insert(mobilityShortageImports).values(v).returning();
  const imp = row as ShortageImportRow;
  for (let i = 0; i < entries.length; i += 500)
    await db
      .insert(mobilityShortageEntries)
      .values(
        entries.slice(i, i + 500).map((e) => ({ ...e, organizationId: v.organizationId, importId: imp.id })),
      );
  // the new table replaces the previous one whole: drop the older rows
  await db
    .delete(mobilityShortageEntries)
    .where(
      and(
        eq(mobilityShortageEntries.organizationId, v.organizationId),
        ne(mobilityShortageEntries.importId, imp.id),
      ),
    );
  return imp;
}
