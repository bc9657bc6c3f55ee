import type { DbOrTx } from '@inzetbaar/db';
import { vitality } from '@inzetbaar/domain';
import { AppError } from '../../platform/http/problem';
import { insertScoresAndTexts, markSubmitted, type ResponseRow } from './repo/respondent.repo';

/**
 * Marks a response sent (once) and writes its scale scores and non-private open answers to the
 * reporting tables — with the unit and age band, but without the token or the response id.
 */
export async function recordSubmission(
  db: DbOrTx,
  response: ResponseRow,
  instruments: readonly vitality.TInstrument[],
) {
  const where = {
    organizationId: response.organizationId,
    campaignId: response.campaignId,
    unitId: response.unitId,
    ageBand: response.ageBand,
  };
  const scores = instruments.flatMap((instrument) => {
    const s = vitality.scoreInstrument(instrument, response.answers[instrument.id] ?? {});
    return Object.entries(s).flatMap(([scale, score]) =>
      score === null ? [] : [{ ...where, scaleKey: `${instrument.id}.${scale}`, score }],
    );
  });
  const texts = instruments.flatMap((instrument) =>
    instrument.items
      .filter((i) => i.responseScale === 'text' && !i.private)
      .flatMap((i) => {
        const text = response.answers[instrument.id]?.[i.id];
        return typeof text === 'string' && text
          ? [{ ...where, instrumentKey: instrument.id, itemId: i.id, text }]
          : [];
      }),
  );
  if (!(await markSubmitted(db, response.organizationId, response.id)))
    throw new AppError(409, 'already_submitted');
  await insertScoresAndTexts(db, scores, texts);
}
