import type { TSaveAnswers } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { checkAnswers } from '../answers';
import { saveResponse } from '../repo/respondent.repo';
import { ownInvitation } from '../respondent-context';

/**
 * Save answers so far (save and resume). The response is stored under the person's token with
 * the unit and age band of the invitation — no person id, no timestamp. Not audited on purpose:
 * an audit event "person X answered at 10:02" would link the person to the response.
 */
export async function saveAnswers(deps: Deps, actor: Actor, campaignId: string, input: TSaveAnswers) {
  return deps.db.transaction(async (tx) => {
    const ctx = await ownInvitation(deps, tx, actor, campaignId);
    if (ctx.campaign.status !== 'open') throw new AppError(409, 'campaign_not_open');
    if (ctx.response?.status === 'submitted') throw new AppError(409, 'already_submitted');
    const checked = checkAnswers(ctx.instruments, input.answers);
    const merged: Record<string, Record<string, number | string>> = { ...(ctx.response?.answers ?? {}) };
    for (const [id, given] of Object.entries(input.answers)) {
      const next = { ...(merged[id] ?? {}), ...(checked[id] ?? {}) };
      // null clears an answer
      for (const [item, v] of Object.entries(given)) if (v === null) delete next[item];
      merged[id] = next;
    }
    const row = await saveResponse(tx, {
      organizationId: ctx.organizationId,
      campaignId,
      token: ctx.token,
      unitId: ctx.participant.unitId,
      ageBand: ctx.participant.ageBand,
      answers: merged,
    });
    if (!row) throw new AppError(409, 'already_submitted');
    return { status: 'in_progress' as const, answers: row.answers };
  });
}
