import type { TSavePreparation, TTalk } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, staleVersion } from '../../../platform/http/problem';
import { findPreparation, insertPreparation, updatePreparation } from '../repo/talks.repo';
import { orgOf } from './access';
import { presentTalkFrom, requireTalk } from './talk-access';

/**
 * The employee prepares their own talk: work and workload, health and energy, skills, learning wishes,
 * where they want to be in five years. Only they read it until they share it. The audit event records
 * that it was saved, never what it says.
 */
export async function saveTalkPreparation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TSavePreparation,
): Promise<TTalk> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { talk, ...access } = await requireTalk(tx, actor, 'llo.talk.prepare', id);
    const current = await findPreparation(tx, organizationId, id);
    if (current ? input.version === null : input.version !== null) throw staleVersion();
    const saved = current
      ? await updatePreparation(tx, organizationId, current.id, input.version as number, {
          answers: input.answers,
        })
      : await insertPreparation(tx, {
          organizationId,
          talkId: id,
          personId: talk.personId,
          answers: input.answers,
        });
    if (!saved) throw current ? staleVersion() : new AppError(409, 'stale_version');
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.talk-preparation.saved',
      resourceType: 'llo_talk',
      resourceId: id,
      subjectPersonId: talk.personId,
    });
    return presentTalkFrom(tx, actor, talk, access);
  });
}

/** The employee shares their preparation with the manager (from then on both read it). */
export async function shareTalkPreparation(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
): Promise<TTalk> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { talk, ...access } = await requireTalk(tx, actor, 'llo.talk.prepare', id);
    const current = await findPreparation(tx, organizationId, id);
    if (!current) throw new AppError(409, 'no_preparation');
    if (!current.sharedAt) {
      const row = await updatePreparation(tx, organizationId, current.id, version, {
        sharedAt: deps.clock.now(),
      });
      if (!row) throw staleVersion();
      await recordAudit(tx, actor, organizationId, {
        action: 'llo.talk-preparation.shared',
        resourceType: 'llo_talk',
        resourceId: id,
        subjectPersonId: talk.personId,
      });
    }
    return presentTalkFrom(tx, actor, talk, access);
  });
}
