import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';
import { updateVersioned } from '../../../platform/db/tenant.repo';

const { mobilityPreferences } = schema;
export type PreferenceRow = typeof mobilityPreferences.$inferSelect;

export async function findPreference(db: DbOrTx, organizationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(mobilityPreferences)
    .where(
      and(eq(mobilityPreferences.organizationId, organizationId), eq(mobilityPreferences.personId, personId)),
    );
  return row;
}
/** The people of the organisation who said they are open to other work. */
export async function openPersonIds(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: mobilityPreferences.personId })
    .from(mobilityPreferences)
    .where(
      and(
        eq(mobilityPreferences.organizationId, organizationId),
        eq(mobilityPreferences.isOpenToOtherWork, true),
      ),
    );
  return rows.map((r) => r.personId);
}
/** A first preference; undefined when one was written meanwhile (the caller answers 409). */
export async function insertPreference(db: DbOrTx, v: typeof mobilityPreferences.$inferInsert) {
  const [row] = await db.insert(mobilityPreferences).values(v).onConflictDoNothing().returning();
  return row;
}
export const updatePreference = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof mobilityPreferences.$inferInsert>,
) =>
  updateVersioned(db, mobilityPreferences, organizationId, id, version, { ...patch, updatedAt: new Date() });
