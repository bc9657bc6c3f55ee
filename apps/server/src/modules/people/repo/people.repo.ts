import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { persons, employments, units } = schema;
export type PersonRow = typeof persons.$inferSelect;
export type EmploymentRow = typeof employments.$inferSelect;

/** Each person's current employment: the running one, else the most recent. */
function currentEmployment(db: DbOrTx, organizationId: string, today: string) {
  return db
    .selectDistinctOn([employments.personId], {
      personId: employments.personId,
      unitId: employments.unitId,
      jobTitle: employments.jobTitle,
      isRunning:
        sql<boolean>`(${employments.startDate} <= ${today} and (${employments.endDate} is null or ${employments.endDate} >= ${today}))`.as(
          'is_running',
        ),
    })
    .from(employments)
    .where(eq(employments.organizationId, organizationId))
    .orderBy(
      employments.personId,
      desc(
        sql`(${employments.startDate} <= ${today} and (${employments.endDate} is null or ${employments.endDate} >= ${today}))`,
      ),
      desc(employments.startDate),
    )
    .as('cur');
}

export type PeopleFilter = {
  organizationId: string;
  today: string;
  q?: string;
  unitId?: string;
  status: 'active' | 'former' | 'all';
  /** Restrict to these units (manager scope); undefined = no restriction. */
  scopeUnitIds?: readonly string[];
  page: number;
  pageSize: number;
};

export async function listPeople(db: DbOrTx, f: PeopleFilter) {
  const cur = currentEmployment(db, f.organizationId, f.today);
  const where: (SQL | undefined)[] = [eq(persons.organizationId, f.organizationId)];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(
      or(
        ilike(sql`concat_ws(' ', ${persons.givenName}, ${persons.surnamePrefix}, ${persons.surname})`, like),
        ilike(persons.employeeNumber, like),
        ilike(persons.email, like),
        ilike(cur.jobTitle, like),
      ),
    );
  }
  if (f.unitId) where.push(eq(cur.unitId, f.unitId));
  if (f.scopeUnitIds)
    where.push(f.scopeUnitIds.length ? inArray(cur.unitId, [...f.scopeUnitIds]) : sql`false`);
  if (f.status === 'active') where.push(or(isNull(cur.personId), eq(cur.isRunning, true)));
  if (f.status === 'former') where.push(eq(cur.isRunning, false));
  const condition = and(...where);

  const count = async () => {
    const [{ total } = { total: 0 }] = await db
      .select({ total: sql<number>`count(*)::int` })
      .from(persons)
      .leftJoin(cur, eq(cur.personId, persons.id))
      .where(condition);
    return total;
  };
  // the page and the total in one statement (issue #10); a page past the end counts apart
  const page = await db
    .select({
      person: persons,
      unitId: cur.unitId,
      unitName: units.name,
      jobTitle: cur.jobTitle,
      isRunning: cur.isRunning,
      total: sql<number>`(count(*) over())::int`,
    })
    .from(persons)
    .leftJoin(cur, eq(cur.personId, persons.id))
    .leftJoin(units, and(eq(units.id, cur.unitId), eq(units.organizationId, f.organizationId)))
    .where(condition)
    .orderBy(asc(persons.surname), asc(persons.givenName), asc(persons.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const total = page[0] ? Number(page[0].total) : f.page > 1 ? await count() : 0;
  const rows = page.map(({ total: _, ...row }) => row);
  return { total, rows };
}

export const findPerson = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, persons, organizationId, id);

export async function findPersonByEmployeeNumber(db: DbOrTx, organizationId: string, employeeNumber: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.organizationId, organizationId), eq(persons.employeeNumber, employeeNumber)));
  return row;
}

export async function listPersonsByEmployeeNumbers(db: DbOrTx, organizationId: string) {
  return db.select().from(persons).where(eq(persons.organizationId, organizationId));
}

export async function insertPerson(db: DbOrTx, values: typeof persons.$inferInsert) {
  const [row] = await db.insert(persons).values(values).returning();
  if (!row) throw new Error('insert person returned nothing');
  return row;
}

export const updatePerson = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof persons.$inferInsert>,
) => updateVersioned(db, persons, organizationId, id, version, { ...patch, updatedAt: new Date() });

export async function linkPersonToUser(db: DbOrTx, organizationId: string, personId: string, userId: string) {
  await db
    .update(persons)
    .set({ userId, updatedAt: new Date() })
    .where(and(eq(persons.organizationId, organizationId), eq(persons.id, personId)));
}

export async function employmentsOfPerson(db: DbOrTx, organizationId: string, personId: string) {
  return db
    .select()
    .from(employments)
    .where(and(eq(employments.organizationId, organizationId), eq(employments.personId, personId)))
    .orderBy(desc(employments.startDate));
}

export async function listPersonsByIds(db: DbOrTx, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.organizationId, organizationId), inArray(persons.id, ids)));
}

export async function listEmployments(db: DbOrTx, organizationId: string) {
  return db.select().from(employments).where(eq(employments.organizationId, organizationId));
}

export const findEmployment = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, employments, organizationId, id);

export async function insertEmployment(db: DbOrTx, values: typeof employments.$inferInsert) {
  const [row] = await db.insert(employments).values(values).returning();
  if (!row) throw new Error('insert employment returned nothing');
  return row;
}

export const updateEmployment = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof employments.$inferInsert>,
) => updateVersioned(db, employments, organizationId, id, version, { ...patch, updatedAt: new Date() });

export const displayName = (p: { givenName: string; surnamePrefix: string | null; surname: string }) =>
  [p.givenName, p.surnamePrefix, p.surname].filter(Boolean).join(' ');
