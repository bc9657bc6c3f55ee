import { type DbOrTx, schema } from '@inzetbaar/db';
import { asc, eq } from 'drizzle-orm';
import { deleteVersioned, findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';
import { one } from './one';

const { lloCustomSkills, lloInternalRoles } = schema;
export type CustomSkillRow = typeof lloCustomSkills.$inferSelect;
export type InternalRoleRow = typeof lloInternalRoles.$inferSelect;

export const listCustomSkills = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(lloCustomSkills)
    .where(eq(lloCustomSkills.organizationId, organizationId))
    .orderBy(asc(lloCustomSkills.name));
export const findCustomSkill = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloCustomSkills, organizationId, id);
export const insertCustomSkill = async (db: DbOrTx, v: typeof lloCustomSkills.$inferInsert) =>
  one(await db.insert(lloCustomSkills).values(v).returning());
export const updateCustomSkill = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloCustomSkills.$inferInsert>,
) => updateVersioned(db, lloCustomSkills, organizationId, id, version, { ...patch, updatedAt: new Date() });

export const listInternalRoles = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(lloInternalRoles)
    .where(eq(lloInternalRoles.organizationId, organizationId))
    .orderBy(asc(lloInternalRoles.name));
export const findInternalRole = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, lloInternalRoles, organizationId, id);
export const insertInternalRole = async (db: DbOrTx, v: typeof lloInternalRoles.$inferInsert) =>
  one(await db.insert(lloInternalRoles).values(v).returning());
export const updateInternalRole = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof lloInternalRoles.$inferInsert>,
) => updateVersioned(db, lloInternalRoles, organizationId, id, version, { ...patch, updatedAt: new Date() });
export const deleteInternalRole = (db: DbOrTx, organizationId: string, id: string, version: number) =>
  deleteVersioned(db, lloInternalRoles, organizationId, id, version);
