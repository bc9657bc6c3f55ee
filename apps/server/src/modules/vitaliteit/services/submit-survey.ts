import type { TSaveAnswers } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { recordSubmission } from '../record-submission';
import { ownInvitation } from '../respondent-context';
import { getFeedback } from './get-feedback';
import { saveAnswers } from './save-answers';

/**
 * Send the questionnaire (once). Scores per scale and the non-private open answers are written to
 * the reporting tables without any link to the response; the response itself is marked sent and
 * can no longer change. Returns the personal feedback.
 */
export async function submitSurvey(deps: Deps, actor: Actor, campaignId: string, input: TSaveAnswers) {
  await saveAnswers(deps, actor, campaignId, input);
  await deps.db.transaction(async (tx) => {
    const ctx = await ownInvitation(deps, tx, actor, campaignId);
    if (!ctx.response) throw new AppError(409, 'campaign_not_open');
    await recordSubmission(tx, ctx.response, ctx.instruments);
  });
  return getFeedback(deps, actor, campaignId);
}
