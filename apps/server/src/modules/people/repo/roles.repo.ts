import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { findInOrganization } from '../../../platform/db/tenant.repo';

const { roleAssignments, persons } = schema;

export async function rolesOfPerson(db: DbOrTx, organizationId: string, personId: string) {
  return db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.personId, personId)))
    .orderBy(asc(roleAssignments.role));
}

export const findRoleAssignment = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, roleAssignments, organizationId, id);

export async function insertRoleAssignment(db: DbOrTx, values: typeof roleAssignments.$inferInsert) {
  const [row] = await db.insert(roleAssignments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteRoleAssignment(db: DbOrTx, organizationId: string, id: string) {
  await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.id, id)));
}

/** The persons a login account is linked to, one per organisation. */
export async function personsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({ personId: persons.id, organizationId: persons.organizationId, language: persons.language })
    .from(persons)
    .where(eq(persons.userId, userId));
}

/** Users holding `role` in an organisation (for reminders). */
export async function personIdsWithRole(db: DbOrTx, organizationId: string, roles: string[]) {
  const rows = await db
    .select({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(
      and(eq(roleAssignments.organizationId, organizationId), inArray(roleAssignments.role, roles as never)),
    );
  return [...new Set(rows.map((r) => r.personId))];
}

export async function hrAssignmentIds(db: DbOrTx, organizationId: string) {
  const rows = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.role, 'hr')));
  return rows.map((r) => r.id);
}
