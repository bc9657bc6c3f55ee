import { VitalityInputError, type VitalityIssue } from './errors';
import type { InstrumentAnswers, TBand, TInstrument, TScale } from './instrument.schema';

/**
 * Item value of an answer: the value of the chosen option; a reverse-scored item takes the value of
 * the mirrored option (CBI: "always" → 0 on "enough energy for family and friends").
 */
export function itemValue(instrument: TInstrument, itemId: string, position: number): number {
  const item = instrument.items.find((i) => i.id === itemId);
  const scale = instrument.responseScales.find((s) => s.id === item?.responseScale);
  if (!item || !scale) throw new Error(`not a scored item: ${itemId}`);
  const index = item.reverse ? scale.options.length - position : position - 1;
  return (scale.options[index] as { value: number }).value;
}

/**
 * Checks answers against the instrument: known items, positions within the item's options, text
 * for open items (at most 2,000 characters). Unanswered items are simply absent.
 */
export function validateAnswers(
  instrument: TInstrument,
  answers: Record<string, unknown>,
  path = 'answers',
): InstrumentAnswers {
  const issues: VitalityIssue[] = [];
  const out: InstrumentAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    const item = instrument.items.find((i) => i.id === id);
    const at = `${path}.${id}`;
    if (!item) {
      issues.push({ path: at, code: 'unknown_item', message: `${instrument.id} has no item ${id}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (item.responseScale === 'text') {
      if (typeof value !== 'string')
        issues.push({ path: at, code: 'invalid_type', message: 'expected text' });
      else if (value.length > 2000)
        issues.push({ path: at, code: 'too_big', message: 'at most 2000 characters' });
      else if (value.trim()) out[id] = value.trim();
      continue;
    }
    const options = instrument.responseScales.find((s) => s.id === item.responseScale)?.options.length ?? 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > options)
      issues.push({
        path: at,
        code: 'out_of_range',
        message: `expected the position of an option, 1 to ${options}`,
      });
    else out[id] = value;
  }
  if (issues.length) throw new VitalityInputError(issues);
  return out;
}

/** Rounds to 2 decimals (CBI example: 300/7 → 42.86). */
export const round2 = (x: number) => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;

/**
 * One scale's score, or null when too few of its items were answered (CBI, per Kristensen et al.
 * 2005 / the PUMA manual: a scale needs at least half its items — 3 of 6, 4 of 7 — else the
 * respondent is a non-responder on it). Scores are rounded to 2 decimals.
 */
export function scoreScale(
  instrument: TInstrument,
  scale: TScale,
  answers: InstrumentAnswers,
): number | null {
  const f = scale.formula;
  const answered = (ids: readonly string[]) =>
    ids
      .filter((id) => typeof answers[id] === 'number')
      .map((id) => ({ id, position: answers[id] as number }));
  switch (f.type) {
    case 'mean': {
      const got = answered(f.items);
      if (got.length < f.minAnswered) return null;
      return round2(got.reduce((s, a) => s + itemValue(instrument, a.id, a.position), 0) / got.length);
    }
    case 'sum': {
      const got = answered(f.items);
      if (got.length < f.items.length) return null;
      return round2(got.reduce((s, a) => s + itemValue(instrument, a.id, a.position), 0));
    }
    case 'indicator': {
      const got = answered(f.items);
      if (got.length < f.minAnswered) return null;
      return got.some((a) => f.positions.includes(a.position)) ? 100 : 0;
    }
    case 'capability': {
      if (answered(f.groups.flat()).length < f.groups.flat().length) return null;
      return f.groups.filter((g) => g.every((id) => answers[id] === f.yes)).length;
    }
  }
}

/** Every scale of the instrument: scale id → score (0–100 for CBI) or null. */
export function scoreInstrument(
  instrument: TInstrument,
  answers: InstrumentAnswers,
): Record<string, number | null> {
  return Object.fromEntries(instrument.scales.map((s) => [s.id, scoreScale(instrument, s, answers)]));
}

/** The interpretation band a score falls in (the last band whose `from` it reaches). */
export function bandOf(scale: TScale, score: number): TBand {
  let band = scale.bands[0] as TBand;
  for (const b of scale.bands) if (score >= b.from) band = b;
  return band;
}
