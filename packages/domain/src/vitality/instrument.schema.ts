import { z } from 'zod';

/** Text in both product languages (Dutch first). */
export const ZText = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });
export type TText = z.infer<typeof ZText>;

const ZId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'invalid_id');

/** Answer options in the order shown; an answer is the 1-based position of the chosen option. */
export const ZResponseScale = z.strictObject({
  id: ZId,
  options: z
    .array(z.strictObject({ label: ZText, value: z.number() }))
    .min(2)
    .max(11),
});

export const ZItem = z.strictObject({
  id: ZId,
  text: ZText,
  /** A response scale id, or `text` for an open answer. */
  responseScale: z.string(),
  /** Reverse-scored: position p takes the value of position (options + 1 − p). */
  reverse: z.boolean().optional(),
  /** Open answers only: never shown to the organisation (only in the person's own feedback). */
  private: z.boolean().optional(),
  /** Shown only to those for whom it applies, e.g. "if you work with clients". */
  hint: ZText.optional(),
});

/** Interpretation band of a scale score: `from` inclusive, up to the next band's `from`. */
export const ZBand = z.strictObject({
  from: z.number(),
  tone: z.enum(['good', 'neutral', 'attention', 'risk']),
  label: ZText,
  /** Plain-language explanation for the person's own feedback. */
  advice: ZText,
  /** A group average in this band is a hotspot in the organisation's results. */
  hotspot: z.boolean().optional(),
  /** Concrete next steps offered in the personal feedback. */
  steps: z.array(z.enum(['occupational_physician', 'confidential_adviser', 'interventions'])).optional(),
});

const ZFormula = z.discriminatedUnion('type', [
  /** Mean of the item values of the answered items (CBI: Kristensen et al. 2005). */
  z.strictObject({
    type: z.literal('mean'),
    items: z.array(z.string()).min(1),
    minAnswered: z.number().int().min(1),
  }),
  /** Sum of the item values; every item must be answered. */
  z.strictObject({ type: z.literal('sum'), items: z.array(z.string()).min(1) }),
  /**
   * 100 when any answered item has one of `positions`, else 0; averaged over a group this is the
   * percentage of people (e.g. CBS's "altijd + vaak"), so it can sit beside a CBS figure.
   */
  z.strictObject({
    type: z.literal('indicator'),
    items: z.array(z.string()).min(1),
    positions: z.array(z.number().int().min(1)).min(1),
    minAnswered: z.number().int().min(1),
  }),
  /**
   * Capability set for work (Abma et al. 2016; van der Klink et al. 2016): a value counts when every
   * item of its group (important to me, possible here, achieved) is answered at position `yes`.
   * Score 0 … number of groups; every item must be answered.
   */
  z.strictObject({
    type: z.literal('capability'),
    groups: z.array(z.array(z.string()).min(1)).min(1),
    yes: z.number().int().min(1),
  }),
]);

export const ZScale = z.strictObject({
  id: ZId,
  label: ZText,
  formula: ZFormula,
  min: z.number(),
  max: z.number(),
  /** Higher scores are worse (burn-out, workload): drives colours, hotspots and trend arrows. */
  higherIsWorse: z.boolean(),
  bands: z.array(ZBand).min(1),
  /** Where the bands come from (a source, or "Inzetbaar's choice"). */
  bandsSource: z.string().min(1),
  /** A CBS figure the group percentage (an `indicator` scale) may be set beside. */
  benchmark: z.strictObject({ table: z.literal('83157NED'), column: z.string().min(1) }).optional(),
});

export const LICENCE_KINDS = ['public_domain', 'open', 'own', 'licensed'] as const;

export const ZInstrument = z
  .strictObject({
    id: ZId,
    version: z.string().min(1),
    name: ZText,
    description: ZText,
    /** False for our own checks: the UI labels them "not a validated instrument". */
    validated: z.boolean(),
    source: z.strictObject({
      citation: z.string().min(1),
      url: z.url().optional(),
      /** Who translated the wording (e.g. "Dutch: translation by Inzetbaar, not an official version"). */
      translation: ZText.optional(),
    }),
    licence: z.strictObject({
      kind: z.enum(LICENCE_KINDS),
      text: z.string().min(1),
      /** The rights holder (required for `licensed`). */
      holder: z.string().min(1).optional(),
    }),
    languages: z.array(z.enum(['nl', 'en'])).min(1),
    responseScales: z.array(ZResponseScale),
    sections: z
      .array(
        z.strictObject({ id: ZId, title: ZText, intro: ZText.optional(), items: z.array(z.string()).min(1) }),
      )
      .min(1),
    items: z.array(ZItem).min(1),
    scales: z.array(ZScale),
  })
  .superRefine((ins, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const scaleIds = new Set(ins.responseScales.map((s) => s.id));
    const items = new Map(ins.items.map((i) => [i.id, i]));
    if (items.size !== ins.items.length) issue(['items'], 'duplicate_item');
    ins.items.forEach((item, i) => {
      if (item.responseScale !== 'text' && !scaleIds.has(item.responseScale))
        issue(['items', i, 'responseScale'], 'unknown_response_scale');
      if (item.private && item.responseScale !== 'text')
        issue(['items', i, 'private'], 'private_only_for_text');
    });
    const placed = ins.sections.flatMap((s) => s.items);
    placed.forEach((id) => {
      if (!items.has(id)) issue(['sections'], 'unknown_item');
    });
    if (new Set(placed).size !== placed.length || placed.length !== ins.items.length)
      issue(['sections'], 'every_item_in_one_section');
    if (ins.licence.kind === 'licensed' && !ins.licence.holder) issue(['licence', 'holder'], 'required');
    ins.scales.forEach((scale, s) => {
      const f = scale.formula;
      const used = f.type === 'capability' ? f.groups.flat() : f.items;
      used.forEach((id, j) => {
        const item = items.get(id);
        if (!item) issue(['scales', s, 'formula'], 'unknown_item');
        else if (item.responseScale === 'text') issue(['scales', s, 'formula', j], 'text_item_not_scored');
      });
      if ((f.type === 'mean' || f.type === 'indicator') && f.minAnswered > f.items.length)
        issue(['scales', s, 'formula', 'minAnswered'], 'too_big');
      if (scale.min >= scale.max) issue(['scales', s, 'max'], 'max_not_above_min');
      const froms = scale.bands.map((b) => b.from);
      if (froms[0] !== scale.min) issue(['scales', s, 'bands', 0, 'from'], 'first_band_starts_at_min');
      froms.forEach((from, b) => {
        if (b > 0 && from <= (froms[b - 1] as number))
          issue(['scales', s, 'bands', b, 'from'], 'bands_not_ascending');
        if (from > scale.max) issue(['scales', s, 'bands', b, 'from'], 'band_above_max');
      });
      if (scale.benchmark && f.type !== 'indicator')
        issue(['scales', s, 'benchmark'], 'benchmark_needs_indicator');
    });
  });
export type TInstrument = z.infer<typeof ZInstrument>;
export type TScale = z.infer<typeof ZScale>;
export type TBand = z.infer<typeof ZBand>;

/** Answers to one instrument: item id → position (1-based) or open text. */
export type InstrumentAnswers = Record<string, number | string>;
