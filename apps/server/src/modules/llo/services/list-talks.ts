import type { TTalk } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { personNames } from '../repo/names.repo';
import { listPreparations, listTalks } from '../repo/talks.repo';
import { orgOf, requirePerson } from './access';
import { presentTalk } from './present-talk';

/** A person's development talks, newest first, and when the next one is due. */
export async function listPersonTalks(deps: Deps, actor: Actor, personId: string) {
  const { db } = deps;
  const organizationId = orgOf(actor);
  const { person, employments, isSelf } = await requirePerson(db, actor, 'llo.talk.read', personId);
  const talks = await listTalks(db, organizationId, personId);
  const preparations = new Map(
    (
      await listPreparations(
        db,
        organizationId,
        talks.map((t) => t.id),
      )
    ).map((p) => [p.talkId, p]),
  );
  const names = await personNames(
    db,
    organizationId,
    talks.map((t) => t.managerPersonId),
  );
  const items: TTalk[] = talks.map((t) =>
    presentTalk(actor, t, preparations.get(t.id), person, employments, names),
  );
  const lastHeld =
    talks
      .map((t) => t.heldOn)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const start = employments.map((e) => e.startDate).sort()[0];
  if (!isSelf)
    await recordAudit(db, actor, organizationId, {
      action: 'llo.talks.viewed',
      resourceType: 'llo_talk',
      subjectPersonId: personId,
      details: { count: talks.length },
    });
  return { items, nextDueOn: start ? llo.nextTalkDue(lastHeld, start) : null };
}
