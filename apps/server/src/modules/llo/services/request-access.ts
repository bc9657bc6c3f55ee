import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import type { Action } from '../../../platform/access/policy';
import type { Clock } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { notFound } from '../../../platform/http/problem';
import { findRequest, type RequestRow } from '../repo/requests.repo';
import { orgOf, requirePerson } from './access';
import { presentRequests } from './request-view';

/** The request `id` when the actor may perform `action` on its person (404 otherwise). */
export async function requireRequest(db: DbOrTx, actor: Actor, action: Action, id: string) {
  const request = await findRequest(db, orgOf(actor), id);
  if (!request) throw notFound();
  return { request, ...(await requirePerson(db, actor, action, request.personId)) };
}

export async function presentOne(db: DbOrTx, clock: Clock, actor: Actor, row: RequestRow, lang: Lang) {
  const [view] = await presentRequests(db, clock, actor, [row], lang);
  if (!view) throw new Error('present failed');
  return view;
}
