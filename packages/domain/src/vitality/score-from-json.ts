import { z } from 'zod';
import { formatPath, VitalityInputError } from './errors';
import type { TInstrument } from './instrument.schema';
import { scoreInstrument, validateAnswers } from './score';

const ZScoreJson = z.strictObject({
  instrument: z.string().min(1),
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

/**
 * The `survey-score` CLI: `{"instrument": "cbi", "answers": {"personal_1": 2, …}}` → `{"scales": {…}}`.
 * Each answer is the 1-based position of the chosen option; a scale with too few answered items is
 * `null` (see `scoreScale`); unknown items and positions out of range are input errors.
 */
export function scoreFromJson(
  input: unknown,
  instruments: ReadonlyMap<string, TInstrument>,
): { scales: Record<string, number | null> } {
  const parsed = ZScoreJson.safeParse(input);
  if (!parsed.success)
    throw new VitalityInputError(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message })),
    );
  const instrument = instruments.get(parsed.data.instrument);
  if (!instrument)
    throw new VitalityInputError([
      {
        path: 'instrument',
        code: 'unknown_instrument',
        message: `unknown instrument; bundled: ${[...instruments.keys()].join(', ')}`,
      },
    ]);
  const answers = validateAnswers(instrument, parsed.data.answers);
  const scales = scoreInstrument(instrument, answers);
  // Comparison scales (a CBS percentage) are group figures, not personal scores.
  const personal = instrument.scales.filter((s) => !s.benchmark).map((s) => [s.id, scales[s.id] ?? null]);
  return { scales: Object.fromEntries(personal) };
}
