import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, desc, eq, isNull } from 'drizzle-orm';

const { invitations, persons } = schema;
export type InvitationRow = typeof invitations.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

export async function listInvitationsWithPeople(db: DbOrTx, organizationId: string, limit: number) {
  return db
    .select({ inv: invitations, person: persons })
    .from(invitations)
    .innerJoin(
      persons,
      and(eq(persons.organizationId, invitations.organizationId), eq(persons.id, invitations.personId)),
    )
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

/** Revoke every pending invitation of a person (a new one replaces them). */
export async function revokePendingInvitationsOf(
  db: DbOrTx,
  organizationId: string,
  personId: string,
  now: Date,
) {
  await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.personId, personId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
}

export async function insertInvitation(db: DbOrTx, values: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error('insert invitation returned nothing');
  return row;
}

/** Revoke one invitation that was not accepted; undefined when there is none. */
export async function revokeInvitationById(db: DbOrTx, organizationId: string, id: string, now: Date) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning();
  return row;
}

/** Cross-tenant by design: the invitation link carries only the token. */
export async function findInvitationByTokenHashAcrossOrganizations(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row;
}

export async function markInvitationAccepted(db: DbOrTx, organizationId: string, id: string, now: Date) {
  await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)));
}
