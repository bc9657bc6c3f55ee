import { createHash, randomBytes } from 'node:crypto';
import type { TInvitation } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { createUserWithPassword, findUserByEmail } from '../../../auth/create-user';
import { requireStrongPassword } from '../../../auth/password-rules';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound } from '../../../platform/http/problem';
import { invitationMail } from '../../../platform/mail/templates';
import {
  findInvitationByTokenHashAcrossOrganizations,
  type InvitationRow,
  insertInvitation,
  listInvitationsWithPeople,
  markInvitationAccepted,
  type PersonRow,
  revokeInvitationById,
  revokePendingInvitationsOf,
} from '../repo/invitations.repo';
import { findOrganization } from '../repo/organizations.repo';
import { displayName, findPerson, linkPersonToUser } from '../repo/people.repo';

const VALID_DAYS = 14;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function statusOf(row: InvitationRow, now: Date): TInvitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt < now ? 'expired' : 'pending';
}

export async function listInvitations(deps: Deps, actor: Actor): Promise<TInvitation[]> {
  const organizationId = actor.organizationId as string;
  const rows = await listInvitationsWithPeople(deps.db, organizationId, 500);
  const now = deps.clock.now();
  return rows.map(({ inv, person }) => presentInvitation(inv, person, now));
}

function presentInvitation(inv: InvitationRow, person: PersonRow, now: Date): TInvitation {
  return {
    id: inv.id,
    personId: inv.personId,
    personName: displayName(person),
    email: inv.email,
    status: statusOf(inv, now),
    expiresAt: inv.expiresAt.toISOString(),
    createdAt: inv.createdAt.toISOString(),
  };
}

export async function invitePerson(
  deps: Deps,
  actor: Actor,
  input: { personId: string; email?: string | undefined },
) {
  const organizationId = actor.organizationId as string;
  const token = randomBytes(32).toString('base64url');
  const { row, person, org } = await deps.db.transaction(async (tx) => {
    const person = await findPerson(tx, organizationId, input.personId);
    if (!person) throw invalidField('personId', 'unknown_reference');
    if (person.userId) throw new AppError(409, 'person_has_account');
    const email = (input.email ?? person.email)?.toLowerCase();
    if (!email) throw invalidField('email', 'email_required');
    // A new invitation replaces any earlier pending one for this person.
    await revokePendingInvitationsOf(tx, organizationId, person.id, deps.clock.now());
    const row = await insertInvitation(tx, {
      organizationId,
      personId: person.id,
      email,
      tokenHash: hashToken(token),
      invitedByUserId: actor.userId,
      expiresAt: new Date(deps.clock.now().getTime() + VALID_DAYS * 86_400_000),
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'invitation.created',
      resourceType: 'invitation',
      resourceId: row.id,
      subjectPersonId: person.id,
    });
    return { row, person, org: await findOrganization(tx, organizationId) };
  });
  await deps.mailer.send({
    ...invitationMail({
      to: row.email,
      name: person.givenName,
      organizationName: org?.name ?? '',
      url: `${deps.env.baseUrl}/uitnodiging?token=${token}`,
    }),
    organizationId,
  });
  return presentInvitation(row, person, deps.clock.now());
}

export async function revokeInvitation(deps: Deps, actor: Actor, id: string) {
  const organizationId = actor.organizationId as string;
  await deps.db.transaction(async (tx) => {
    const row = await revokeInvitationById(tx, organizationId, id, deps.clock.now());
    if (!row) throw notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'invitation.revoked',
      resourceType: 'invitation',
      resourceId: id,
      subjectPersonId: row.personId,
    });
  });
}

async function pendingByToken(deps: Deps, token: string) {
  const row = await findInvitationByTokenHashAcrossOrganizations(deps.db, hashToken(token));
  if (!row || statusOf(row, deps.clock.now()) !== 'pending') throw new AppError(404, 'invitation_invalid');
  return row;
}

export async function lookupInvitation(deps: Deps, token: string) {
  const row = await pendingByToken(deps, token);
  const person = await findPerson(deps.db, row.organizationId, row.personId);
  const org = await findOrganization(deps.db, row.organizationId);
  if (!person || !org) throw new AppError(404, 'invitation_invalid');
  return { email: row.email, personName: displayName(person), organizationName: org.name };
}

export async function acceptInvitation(
  deps: Deps,
  input: { token: string; password: string },
  ip: string | null,
) {
  const row = await pendingByToken(deps, input.token);
  const person = await findPerson(deps.db, row.organizationId, row.personId);
  if (!person || person.userId) throw new AppError(404, 'invitation_invalid');
  // An existing account (e.g. someone working for two organisations) is linked, not duplicated:
  // but only by signing in with it, so here a taken email is refused.
  if (await findUserByEmail(deps.auth, row.email)) throw new AppError(409, 'email_taken');
  requireStrongPassword(input.password, row.email, 'password', [person.givenName, person.surname]);
  const user = await createUserWithPassword(deps.auth, {
    email: row.email,
    name: displayName(person),
    password: input.password,
  });
  await deps.db.transaction(async (tx) => {
    await linkPersonToUser(tx, row.organizationId, person.id, user.id);
    await markInvitationAccepted(tx, row.organizationId, row.id, deps.clock.now());
    await recordAudit(tx, { userId: user.id, personId: person.id, ip }, row.organizationId, {
      action: 'invitation.accepted',
      resourceType: 'invitation',
      resourceId: row.id,
      subjectPersonId: person.id,
    });
  });
  return { email: row.email };
}
