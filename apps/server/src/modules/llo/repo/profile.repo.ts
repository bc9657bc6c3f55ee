import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { lloProfileSkills, lloSkillRejections } = schema;
export type ProfileSkillRow = typeof lloProfileSkills.$inferSelect;

export const listProfileSkills = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select()
    .from(lloProfileSkills)
    .where(and(eq(lloProfileSkills.organizationId, organizationId), eq(lloProfileSkills.personId, personId)))
    .orderBy(asc(lloProfileSkills.createdAt));

/** Every profile skill of the organisation (dashboard coverage), or of some people. */
export function listProfileSkillsOf(db: DbOrTx, organizationId: string, personIds?: readonly string[]) {
  const where = [eq(lloProfileSkills.organizationId, organizationId)];
  if (personIds) where.push(inArray(lloProfileSkills.personId, personIds.length ? [...personIds] : ['']));
  return db
    .select({
      personId: lloProfileSkills.personId,
      skillRef: lloProfileSkills.skillRef,
      level: lloProfileSkills.level,
    })
    .from(lloProfileSkills)
    .where(and(...where));
}

export const findProfileSkill = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloProfileSkills, organizationId, id);

export async function findProfileSkillByRef(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  skillRef: string,
) {
  const [row] = await db
    .select()
    .from(lloProfileSkills)
    .where(
      and(
        eq(lloProfileSkills.organizationId, organizationId),
        eq(lloProfileSkills.personId, personId),
        eq(lloProfileSkills.skillRef, skillRef),
      ),
    );
  return row;
}

/** Insert, or undefined when the person already has this skill. */
export async function insertProfileSkill(db: DbOrTx, v: typeof lloProfileSkills.$inferInsert) {
  const [row] = await db.insert(lloProfileSkills).values(v).onConflictDoNothing().returning();
  return row;
}

export const updateProfileSkill = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloProfileSkills.$inferInsert>,
) => updateVersioned(db, lloProfileSkills, organizationId, id, version, { ...patch, updatedAt: new Date() });

export async function deleteProfileSkill(db: DbOrTx, organizationId: string, id: string, version: number) {
  const [row] = await db
    .delete(lloProfileSkills)
    .where(
      and(
        eq(lloProfileSkills.organizationId, organizationId),
        eq(lloProfileSkills.id, id),
        eq(lloProfileSkills.version, version),
      ),
    )
    .returning();
  return row;
}

export const listRejections = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select({ skillRef: lloSkillRejections.skillRef })
    .from(lloSkillRejections)
    .where(
      and(eq(lloSkillRejections.organizationId, organizationId), eq(lloSkillRejections.personId, personId)),
    );

export async function insertRejections(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  skillRefs: readonly string[],
  rejectedOn: string,
) {
  if (!skillRefs.length) return;
  await db
    .insert(lloSkillRejections)
    .values(skillRefs.map((skillRef) => ({ organizationId, personId, skillRef, rejectedOn })))
    .onConflictDoNothing();
}

export async function deleteRejections(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  refs: readonly string[],
) {
  if (!refs.length) return;
  await db
    .delete(lloSkillRejections)
    .where(
      and(
        eq(lloSkillRejections.organizationId, organizationId),
        eq(lloSkillRejections.personId, personId),
        inArray(lloSkillRejections.skillRef, [...refs]),
      ),
    );
}
