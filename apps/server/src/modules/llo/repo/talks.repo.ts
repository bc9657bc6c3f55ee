import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloTalks, lloTalkPreparations } = schema;
export type TalkRow = typeof lloTalks.$inferSelect;
export type PreparationRow = typeof lloTalkPreparations.$inferSelect;

export const listTalks = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(lloTalks)
    .where(and(eq(lloTalks.organizationId, organizationId), eq(lloTalks.personId, personId)))
    .orderBy(desc(lloTalks.plannedOn), desc(lloTalks.createdAt));
export const findTalk = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloTalks, organizationId, id);
export const insertTalk = async (db: DbOrTx, v: typeof lloTalks.$inferInsert) =>
  one(await db.insert(lloTalks).values(v).returning());
export const updateTalk = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloTalks.$inferInsert>,
) => updateVersioned(db, lloTalks, organizationId, id, version, { ...patch, updatedAt: new Date() });

/** The last date a talk was held, per person (dashboard, next talk due). */
export const heldTalkDates = (db: DbOrTx, organizationId: string) =>
  db
    .select({ personId: lloTalks.personId, heldOn: lloTalks.heldOn })
    .from(lloTalks)
    .where(and(eq(lloTalks.organizationId, organizationId), isNotNull(lloTalks.heldOn)));

export async function findPreparation(db: DbOrTx, organizationId: string, talkId: string) {
  const [row] = await db
    .select()
    .from(lloTalkPreparations)
    .where(
      and(eq(lloTalkPreparations.organizationId, organizationId), eq(lloTalkPreparations.talkId, talkId)),
    );
  return row;
}
export async function listPreparations(db: DbOrTx, organizationId: string, talkIds: readonly string[]) {
  if (!talkIds.length) return [];
  return db
    .select()
    .from(lloTalkPreparations)
    .where(
      and(
        eq(lloTalkPreparations.organizationId, organizationId),
        inArray(lloTalkPreparations.talkId, [...talkIds]),
      ),
    );
}
/** Insert the first version; undefined when one exists already (a concurrent first save). */
export async function insertPreparation(db: DbOrTx, v: typeof lloTalkPreparations.$inferInsert) {
  const [row] = await db.insert(lloTalkPreparations).values(v).onConflictDoNothing().returning();
  return row;
}
export const updatePreparation = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloTalkPreparations.$inferInsert>,
) =>
  updateVersioned(db, lloTalkPreparations, organizationId, id, version, { ...patch, updatedAt: new Date() });
