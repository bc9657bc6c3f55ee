import type { Actor } from '../../../src/auth/actor';
import { authorize } from '../../../src/platform/access/policy';
import type { Deps } from '../../../src/platform/http/context';
import { kudosOfPerson } from '../repo/kudos.repo';
import { personRef } from './person-scope';

/** One use case per file: the kudos a person received (hr, their manager, or the person). */
export async function listKudos(deps: Deps, actor: Actor, personId: string) {
  authorize(actor, 'example.kudos.read', await personRef(deps, actor, personId));
  return kudosOfPerson(actor.organizationId as string, personId).map((r) => ({
    id: r.id,
    personId: r.personId,
    text: r.text,
    givenAt: r.givenAt.toISOString(),
  }));
}
