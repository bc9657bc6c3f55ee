import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq } from 'drizzle-orm';

const { roleAssignments, persons, user } = schema;

/** The manager role assignments of an organisation (person and the unit they manage). */
export const managerAssignments = (db: DbOrTx, organizationId: string) =>
  db
    .select({ personId: roleAssignments.personId, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.role, 'manager')));

/** Where to mail a person: their own address, else their account's; with their language. */
export async function mailTarget(db: DbOrTx, organizationId: string, personId: string) {
  const [row] = await db
    .select({ person: persons, accountEmail: user.email })
    .from(persons)
    .leftJoin(user, eq(user.id, persons.userId))
    .where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId)));
  if (!row) return undefined;
  const to = row.person.email ?? row.accountEmail;
  return to ? { to, person: row.person, lang: row.person.language ?? 'nl' } : undefined;
}
