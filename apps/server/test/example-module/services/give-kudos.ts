import type { Actor } from '../../../src/auth/actor';
import { authorize } from '../../../src/platform/access/policy';
import { recordAudit } from '../../../src/platform/audit/record-audit';
import type { Deps } from '../../../src/platform/http/context';
import { insertKudos } from '../repo/kudos.repo';
import { personRef } from './person-scope';

/** One use case per file: give a person kudos (hr, or the manager of the person's unit). */
export async function giveKudos(deps: Deps, actor: Actor, input: { personId: string; text: string }) {
  authorize(actor, 'example.kudos.give', await personRef(deps, actor, input.personId));
  const organizationId = actor.organizationId as string;
  const row = insertKudos(organizationId, {
    personId: input.personId,
    text: input.text,
    givenAt: deps.clock.now(),
  });
  await recordAudit(deps.db, actor, organizationId, {
    action: 'example.kudos.given',
    resourceType: 'example_kudos',
    resourceId: row.id,
    subjectPersonId: input.personId,
  });
  return { id: row.id, personId: row.personId, text: row.text, givenAt: row.givenAt.toISOString() };
}
