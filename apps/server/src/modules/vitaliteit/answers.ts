import { vitality } from '@inzetbaar/domain';
import { AppError } from '../../platform/http/problem';

/**
 * Validates answers per instrument of the campaign (`validateAnswers`); an unknown instrument or
 * item, or a position out of range, is a 422 naming `answers.<instrument>.<item>`.
 */
export function checkAnswers(
  instruments: readonly vitality.TInstrument[],
  answers: Record<string, Record<string, number | string | null>>,
): Record<string, Record<string, number | string>> {
  const out: Record<string, Record<string, number | string>> = {};
  const fields: { field: string; code: string }[] = [];
  for (const [id, given] of Object.entries(answers)) {
    const instrument = instruments.find((i) => i.id === id);
    if (!instrument) {
      fields.push({ field: `answers.${id}`, code: 'unknown_reference' });
      continue;
    }
    try {
      out[id] = vitality.validateAnswers(instrument, given, `answers.${id}`);
    } catch (e) {
      if (!(e instanceof vitality.VitalityInputError)) throw e;
      fields.push(
        ...e.issues.map((i) => ({
          field: i.path,
          code: i.code === 'unknown_item' ? 'unknown_reference' : i.code,
        })),
      );
    }
  }
  if (fields.length) throw new AppError(422, 'validation_failed', fields);
  return out;
}
