/**
 * Risk evaluation: Fine & Kinney (R = W × B × E) and the priority of a risk in the plan van aanpak.
 *
 * Scales and the five classes as published for Dutch RI&E practice (dearbocatalogus.nl; domain-rules §4
 * of the shared project docs; summary in docs/rie.md). W (waarschijnlijkheid) and B (blootstelling) have
 * one decimal at most, so the score is computed on integers (W×10 · B×10 · E) and divided by 100 once:
 * 0.1 × 3 × 7 is 2.1, not 2.1000000000000005, and a score on a class boundary lands in the right class.
 */
import { z } from 'zod';
import type { TLocalizedText, TPriority, TRisk } from './catalogue.schema';

export const FK_PROBABILITY = [0.1, 0.2, 0.5, 1, 3, 6, 10] as const;
export const FK_EXPOSURE = [0.5, 1, 2, 3, 6, 10] as const;
export const FK_EFFECT = [1, 3, 7, 15, 40, 100] as const;
export type TFkProbability = (typeof FK_PROBABILITY)[number];
export type TFkExposure = (typeof FK_EXPOSURE)[number];
export type TFkEffect = (typeof FK_EFFECT)[number];

type TScaleStep<V extends number> = { value: V; label: TLocalizedText };

/** W: how likely the harm is once someone is exposed. */
export const FK_PROBABILITY_SCALE: readonly TScaleStep<TFkProbability>[] = [
  { value: 10, label: { nl: 'te verwachten', en: 'to be expected' } },
  { value: 6, label: { nl: 'goed mogelijk', en: 'quite possible' } },
  { value: 3, label: { nl: 'ongewoon, maar mogelijk', en: 'unusual but possible' } },
  { value: 1, label: { nl: 'onwaarschijnlijk, maar denkbaar', en: 'unlikely but conceivable' } },
  { value: 0.5, label: { nl: 'zeer onwaarschijnlijk', en: 'very unlikely' } },
  { value: 0.2, label: { nl: 'praktisch onmogelijk', en: 'practically impossible' } },
  { value: 0.1, label: { nl: 'vrijwel ondenkbaar', en: 'virtually unthinkable' } },
];

/** B: how often people are exposed to the hazard. */
export const FK_EXPOSURE_SCALE: readonly TScaleStep<TFkExposure>[] = [
  { value: 10, label: { nl: 'voortdurend', en: 'continuously' } },
  { value: 6, label: { nl: 'dagelijks', en: 'daily' } },
  { value: 3, label: { nl: 'wekelijks', en: 'weekly' } },
  { value: 2, label: { nl: 'maandelijks', en: 'monthly' } },
  { value: 1, label: { nl: 'jaarlijks', en: 'yearly' } },
  { value: 0.5, label: { nl: 'minder dan jaarlijks', en: 'less than yearly' } },
];

/** E: the likely consequence when it goes wrong. */
export const FK_EFFECT_SCALE: readonly TScaleStep<TFkEffect>[] = [
  { value: 100, label: { nl: 'catastrofe, veel doden', en: 'catastrophe, many deaths' } },
  { value: 40, label: { nl: 'meerdere doden', en: 'several deaths' } },
  { value: 15, label: { nl: 'één dode', en: 'one death' } },
  { value: 7, label: { nl: 'blijvend letsel', en: 'permanent injury' } },
  { value: 3, label: { nl: 'tijdelijk letsel met verzuim', en: 'temporary injury with absence' } },
  { value: 1, label: { nl: 'eerste hulp, geen verzuim', en: 'first aid, no absence' } },
];

export const FK_CLASSES = [
  'aanvaardbaar',
  'aandacht',
  'maatregelen_vereist',
  'direct_handelen',
  'werk_stoppen',
] as const;
export type TFkClass = (typeof FK_CLASSES)[number];

/** Upper bound (inclusive) of each class; above the last one: `werk_stoppen`. */
const CLASS_UPPER_BOUNDS: readonly [number, TFkClass][] = [
  [20, 'aanvaardbaar'],
  [70, 'aandacht'],
  [200, 'maatregelen_vereist'],
  [400, 'direct_handelen'],
];

export const FK_CLASS_LABELS: Readonly<Record<TFkClass, TLocalizedText>> = {
  aanvaardbaar: { nl: 'Aanvaardbaar risico', en: 'Acceptable risk' },
  aandacht: { nl: 'Aandacht vereist', en: 'Attention required' },
  maatregelen_vereist: { nl: 'Maatregelen vereist', en: 'Measures required' },
  direct_handelen: { nl: 'Direct handelen', en: 'Act at once' },
  werk_stoppen: { nl: 'Werk stoppen', en: 'Stop work' },
};

/**
 * Priority in the plan van aanpak per class. It follows the three-class reading of the same scale
 * (≤ 20 / 21–70 / > 70, rie-metaalbewerking.nl): acceptable → low, attention → medium, and every class
 * from "measures required" up → high, because from there the method itself says measures are needed.
 */
export const FK_CLASS_PRIORITY: Readonly<Record<TFkClass, TPriority>> = {
  aanvaardbaar: 'low',
  aandacht: 'medium',
  maatregelen_vereist: 'high',
  direct_handelen: 'high',
  werk_stoppen: 'high',
};

export const ZFineKinneyInput = z.object({
  probability: z.literal(FK_PROBABILITY),
  exposure: z.literal(FK_EXPOSURE),
  effect: z.literal(FK_EFFECT),
});
export type TFineKinneyInput = z.infer<typeof ZFineKinneyInput>;

export type TFineKinneyResult = { score: number; riskClass: TFkClass; priority: TPriority };

function assertOnScale(name: string, value: number, scale: readonly number[]): void {
  if (!scale.includes(value)) {
    throw new RangeError(`Fine & Kinney ${name} ${value} is not on the scale (${scale.join(', ')})`);
  }
}

/** R = W × B × E, exact to two decimals. Throws a RangeError for a value that is not on its scale. */
export function fineKinneyScore(input: TFineKinneyInput): number {
  assertOnScale('W (probability)', input.probability, FK_PROBABILITY);
  assertOnScale('B (exposure)', input.exposure, FK_EXPOSURE);
  assertOnScale('E (effect)', input.effect, FK_EFFECT);
  const hundredths = Math.round(input.probability * 10) * Math.round(input.exposure * 10) * input.effect;
  return hundredths / 100;
}

/** The class of a score: ≤ 20, ≤ 70, ≤ 200, ≤ 400, > 400. */
export function fineKinneyClass(score: number): TFkClass {
  if (!Number.isFinite(score) || score < 0) throw new RangeError(`Invalid Fine & Kinney score: ${score}`);
  for (const [upper, riskClass] of CLASS_UPPER_BOUNDS) if (score <= upper) return riskClass;
  return 'werk_stoppen';
}

/** Score, class and priority of one Fine & Kinney estimate. */
export function evaluateFineKinney(input: TFineKinneyInput): TFineKinneyResult {
  const score = fineKinneyScore(input);
  const riskClass = fineKinneyClass(score);
  return { score, riskClass, priority: FK_CLASS_PRIORITY[riskClass] };
}

/** How a present risk was evaluated; `method` must match the risk's `evaluationMethod`. */
export type TRiskEvaluation =
  | ({ method: 'fine_kinney' } & TFineKinneyInput)
  | { method: 'direct'; priority: TPriority }
  | { method: 'fixed' };

/**
 * The priority of a risk that is present (its statement answered "no").
 *
 * - `top5` and `policy` risks are always high: a sector's top risks and missing policy come first
 *   whatever the estimate (the OiRA convention).
 * - `fine_kinney`: the class priority (see `FK_CLASS_PRIORITY`); `direct`: the priority the user chose;
 *   `fixed`: the catalogue's `defaultPriority` (required by the schema; high if a caller bypassed it).
 *
 * Throws when the evaluation method does not match the risk's.
 */
export function riskPriority(
  risk: Pick<TRisk, 'type' | 'evaluationMethod' | 'defaultPriority'>,
  evaluation: TRiskEvaluation,
): TPriority {
  if (evaluation.method !== risk.evaluationMethod) {
    throw new Error(`risk is evaluated by "${risk.evaluationMethod}", got "${evaluation.method}"`);
  }
  // Still validate a Fine & Kinney estimate of a top-5 risk: a bad input is a bug, not a priority.
  const computed: TPriority =
    evaluation.method === 'fine_kinney'
      ? evaluateFineKinney(evaluation).priority
      : evaluation.method === 'direct'
        ? evaluation.priority
        : (risk.defaultPriority ?? 'high');
  return risk.type === 'top5' || risk.type === 'policy' ? 'high' : computed;
}
