import type { TSaveAnswers } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../http/context';
import { AppError } from '../../../http/problem';
import { insertScoresAndTexts, markSubmitted } from '../repo/respondent.repo';
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
    const response = ctx.response;
    if (!response) throw new AppError(409, 'campaign_not_open');
    const { organizationId } = ctx;
    const where = { organizationId, campaignId, unitId: response.unitId, ageBand: response.ageBand };
    const scores = ctx.instruments.flatMap((instrument) => {
      const s = vitality.scoreInstrument(instrument, response.answers[instrument.id] ?? {});
      return Object.entries(s).flatMap(([scale, score]) =>
        score === null ? [] : [{ ...where, scaleKey: `${instrument.id}.${scale}`, score }],
      );
    });
    const texts = ctx.instruments.flatMap((instrument) =>
      instrument.items
        .filter((i) => i.responseScale === 'text' && !i.private)
        .flatMap((i) => {
          const text = response.answers[instrument.id]?.[i.id];
          return typeof text === 'string' && text
            ? [{ ...where, instrumentKey: instrument.id, itemId: i.id, text }]
            : [];
        }),
    );
    if (!(await markSubmitted(tx, organizationId, response.id))) throw new AppError(409, 'already_submitted');
    await insertScoresAndTexts(tx, scores, texts);
  });
  return getFeedback(deps, actor, campaignId);
}
