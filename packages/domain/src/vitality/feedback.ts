import type { TBand, TInstrument, TText } from './instrument.schema';
import type { TIntervention } from './intervention.schema';
import { bandOf, scoreInstrument } from './score';

export type FeedbackStep = NonNullable<TBand['steps']>[number];

export type ScaleFeedback = {
  key: string;
  label: TText;
  score: number | null;
  min: number;
  max: number;
  higherIsWorse: boolean;
  band: { tone: TBand['tone']; label: TText; advice: TText } | null;
};

export type PersonalFeedback = {
  instruments: {
    id: string;
    name: TText;
    validated: boolean;
    translation: TText | null;
    scales: ScaleFeedback[];
    /** Private open answers, shown back to the person only. */
    ownTexts: { item: TText; text: string }[];
  }[];
  /** Next steps over all scales, most urgent first. */
  steps: FeedbackStep[];
  /** Interventions whose scales came out raised (attention or risk), catalogue order. */
  interventions: string[];
};

const STEP_ORDER: readonly FeedbackStep[] = [
  'occupational_physician',
  'confidential_adviser',
  'interventions',
];

/**
 * The feedback a person sees right after answering (and nobody else): per scale the score, its
 * band with a plain-language explanation, the next steps the bands call for, and matching
 * interventions. Comparison scales (a CBS percentage) are group figures and are left out.
 */
export function personalFeedback(
  answered: { instrument: TInstrument; answers: Record<string, number | string> }[],
  catalogue: readonly TIntervention[],
): PersonalFeedback {
  const steps = new Set<FeedbackStep>();
  const raised = new Set<string>();
  const instruments = answered.map(({ instrument, answers }) => {
    const scores = scoreInstrument(instrument, answers);
    const scales = instrument.scales
      .filter((s) => !s.benchmark)
      .map((s): ScaleFeedback => {
        const score = scores[s.id] ?? null;
        const band = score === null ? null : bandOf(s, score);
        if (band) for (const step of band.steps ?? []) steps.add(step);
        if (band && (band.tone === 'attention' || band.tone === 'risk'))
          raised.add(`${instrument.id}.${s.id}`);
        return {
          key: `${instrument.id}.${s.id}`,
          label: s.label,
          score,
          min: s.min,
          max: s.max,
          higherIsWorse: s.higherIsWorse,
          band: band && { tone: band.tone, label: band.label, advice: band.advice },
        };
      });
    const ownTexts = instrument.items
      .filter((i) => i.responseScale === 'text' && typeof answers[i.id] === 'string')
      .map((i) => ({ item: i.text, text: answers[i.id] as string }));
    return {
      id: instrument.id,
      name: instrument.name,
      validated: instrument.validated,
      translation: instrument.source.translation ?? null,
      scales,
      ownTexts,
    };
  });
  return {
    instruments,
    steps: STEP_ORDER.filter((s) => steps.has(s)),
    interventions: catalogue.filter((i) => i.scales.some((s) => raised.has(s))).map((i) => i.id),
  };
}
