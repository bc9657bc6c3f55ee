import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import type { Action } from '../../../platform/access/policy';
import { notFound } from '../../../platform/http/problem';
import { personNames } from '../repo/names.repo';
import { findPreparation, findTalk, type TalkRow } from '../repo/talks.repo';
import { orgOf, requirePerson } from './access';
import { presentTalk } from './present-talk';

/** The talk `id` when the actor may perform `action` on its employee (404 otherwise). */
export async function requireTalk(db: DbOrTx, actor: Actor, action: Action, id: string) {
  const talk = await findTalk(db, orgOf(actor), id);
  if (!talk) throw notFound();
  return { talk, ...(await requirePerson(db, actor, action, talk.personId)) };
}

/** Present a talk freshly read (after a change). */
export async function presentTalkFrom(
  db: DbOrTx,
  actor: Actor,
  talk: TalkRow,
  access: Awaited<ReturnType<typeof requirePerson>>,
) {
  const organizationId = orgOf(actor);
  const preparation = await findPreparation(db, organizationId, talk.id);
  const names = await personNames(db, organizationId, [talk.managerPersonId]);
  return presentTalk(actor, talk, preparation, access.person, access.employments, names);
}
