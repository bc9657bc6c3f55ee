import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray } from 'drizzle-orm';
import { displayName } from '../../people/repo/people.repo';

/** Display names of people of the organisation, by id (ids of other organisations are ignored). */
export async function personNames(db: DbOrTx, organizationId: string, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db
    .select()
    .from(schema.persons)
    .where(and(eq(schema.persons.organizationId, organizationId), inArray(schema.persons.id, wanted)));
  return new Map(rows.map((p) => [p.id, displayName(p)]));
}
