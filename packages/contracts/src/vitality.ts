import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';

/* Vitaliteit (issue 12). Response objects are built explicitly by the server's presenters. */

const ZLoc = z.object({ nl: z.string(), en: z.string() });
const text = (max = 4000) => z.string().trim().min(1).max(max);

export const SURVEY_CAMPAIGN_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const MY_SURVEY_STATUSES = ['not_started', 'in_progress', 'submitted'] as const;
export const BAND_TONES = ['good', 'neutral', 'attention', 'risk'] as const;
export const FEEDBACK_STEPS = ['occupational_physician', 'confidential_adviser', 'interventions'] as const;
export const WITHHELD_REASONS = ['below_k', 'complementary'] as const;

// ── instruments ──────────────────────────────────────────────────────────────
export const ZInstrumentSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    name: ZLoc,
    description: ZLoc,
    validated: z.boolean(),
    bundled: z.boolean(),
    licence: z.object({ kind: z.string(), text: z.string(), holder: z.string().nullable() }),
    translation: ZLoc.nullable(),
    citation: z.string(),
    itemCount: z.number(),
    scales: z.array(z.object({ key: z.string(), label: ZLoc, benchmark: z.boolean() })),
  })
  .openapi('SurveyInstrumentSummary');
export type TInstrumentSummary = z.infer<typeof ZInstrumentSummary>;

/** The full instrument file (data/instruments format; see docs/vitality.md). */
export const ZInstrumentDefinition = z.record(z.string(), z.unknown()).openapi('SurveyInstrument');

/** Upload of an instrument the organisation holds a licence for (WAI, UWES are not bundled). */
export const ZUploadInstrument = z.object({
  definition: z.record(z.string(), z.unknown()),
  licenceReference: text(200),
  licenceValidUntil: ZIsoDate.nullable().default(null),
});
export type TUploadInstrument = z.infer<typeof ZUploadInstrument>;

// ── campaigns ────────────────────────────────────────────────────────────────
export const ZCreateCampaign = z
  .object({
    title: text(200),
    instrumentIds: z.array(z.string().min(1)).min(1).max(5),
    /** Units to invite (each with its sub-units); empty: the whole organisation. */
    unitIds: z.array(z.string().min(1)).max(500).default([]),
    opensOn: ZIsoDate,
    closesOn: ZIsoDate,
    /** k, the minimum group size: default 10, never below 5 (domain-rules §2.5). */
    minGroupSize: z.number().int().min(5).max(100).default(10),
    reminderDaysBefore: z.number().int().min(0).max(60).default(3),
  })
  .refine((c) => c.closesOn >= c.opensOn, { path: ['closesOn'], message: 'end_before_start' });
export type TCreateCampaign = z.infer<typeof ZCreateCampaign>;

export const ZUpdateCampaign = z.object({
  version: ZVersion,
  title: text(200).optional(),
  closesOn: ZIsoDate.optional(),
  /** Closing early freezes the answers and makes the results available. */
  status: z.literal('closed').optional(),
});
export type TUpdateCampaign = z.infer<typeof ZUpdateCampaign>;

export const ZCampaign = z
  .object({
    id: z.string(),
    title: z.string(),
    instruments: z.array(z.object({ id: z.string(), name: ZLoc, validated: z.boolean() })),
    unitIds: z.array(z.string()),
    wholeOrganization: z.boolean(),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(SURVEY_CAMPAIGN_STATUSES),
    minGroupSize: z.number(),
    reminderDaysBefore: z.number(),
    invited: z.number(),
    /** Submitted responses; null while fewer than k (the count is not shown below the threshold). */
    responses: z.number().nullable(),
    version: z.number(),
    createdAt: z.string(),
  })
  .openapi('SurveyCampaign');
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZResponseRateRow = z.object({
  unitId: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  /** Invited in the unit and its sub-units. */
  invited: z.number(),
  /** null below k: shown only above the threshold. */
  responses: z.number().nullable(),
  rate: z.number().nullable(),
});
export const ZResponseRate = z
  .object({
    campaignId: z.string(),
    minGroupSize: z.number(),
    invited: z.number(),
    responses: z.number().nullable(),
    rate: z.number().nullable(),
    units: z.array(ZResponseRateRow),
  })
  .openapi('SurveyResponseRate');
export type TResponseRate = z.infer<typeof ZResponseRate>;

// ── results ──────────────────────────────────────────────────────────────────
export const ZResultsQuery = z.object({
  breakdown: z.enum(['ageBand']).optional(),
  unitId: z.string().optional(),
  ageBand: z.string().optional(),
});

export const ZScaleBenchmark = z.object({
  sectorTitle: z.string(),
  year: z.number(),
  value: z.number(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** Group percentage against CBS's 95% interval (indicative: our group is a sample too). */
  comparison: z.enum(['worse', 'similar', 'better']),
  attribution: z.string(),
});
export const ZScaleResult = z.object({
  mean: z.number(),
  n: z.number(),
  tone: z.enum(BAND_TONES),
  hotspot: z.boolean(),
  benchmark: ZScaleBenchmark.nullable(),
});
export const ZResultGroup = z.object({
  key: z.string(),
  kind: z.enum(['organization', 'unit', 'rollup']),
  unitId: z.string().nullable(),
  name: z.string(),
  units: z.array(z.string()),
  ageBands: z.array(z.string()).nullable(),
  cellOf: z.string().nullable(),
  n: z.number(),
  /** Scale key → result; null when the scale is withheld for this group (too few scored it). */
  scales: z.record(z.string(), ZScaleResult.nullable()),
});
export type TResultGroup = z.infer<typeof ZResultGroup>;
export const ZResultScale = z.object({
  key: z.string(),
  instrumentId: z.string(),
  label: ZLoc,
  min: z.number(),
  max: z.number(),
  higherIsWorse: z.boolean(),
  benchmarkColumn: z.string().nullable(),
});
export const ZCampaignResults = z
  .object({
    campaignId: z.string(),
    title: z.string(),
    minGroupSize: z.number(),
    /** Respondents of the whole organisation; null below k (then nothing is shown). */
    total: z.number().nullable(),
    scales: z.array(ZResultScale),
    groups: z.array(ZResultGroup),
    withheld: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        reason: z.enum(WITHHELD_REASONS),
        includedIn: z.string().nullable(),
      }),
    ),
    hotspots: z.array(
      z.object({
        groupKey: z.string(),
        groupName: z.string(),
        scaleKey: z.string(),
        mean: z.number(),
        tone: z.enum(BAND_TONES),
      }),
    ),
    attribution: z.string().nullable(),
  })
  .openapi('SurveyResults');
export type TCampaignResults = z.infer<typeof ZCampaignResults>;

export const ZOpenAnswers = z
  .object({
    campaignId: z.string(),
    /** Open answers are shown per group only from 2k respondents. */
    minGroupSize: z.number(),
    groups: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        n: z.number(),
        items: z.array(
          z.object({ instrumentId: z.string(), itemId: z.string(), item: ZLoc, texts: z.array(z.string()) }),
        ),
      }),
    ),
  })
  .openapi('SurveyOpenAnswers');
export type TOpenAnswers = z.infer<typeof ZOpenAnswers>;

export const ZTrendQuery = z.object({ instrumentId: z.string().min(1) });
export const ZTrend = z
  .object({
    instrumentId: z.string(),
    campaigns: z.array(z.object({ id: z.string(), title: z.string(), closesOn: z.string() })),
    scales: z.array(ZResultScale),
    series: z.array(
      z.object({
        groupKey: z.string(),
        name: z.string(),
        scaleKey: z.string(),
        points: z.array(
          z.object({ campaignId: z.string(), mean: z.number().nullable(), n: z.number().nullable() }),
        ),
      }),
    ),
  })
  .openapi('SurveyTrend');
export type TTrend = z.infer<typeof ZTrend>;

export const ZCreateAction = z
  .object({
    groupKey: z.string().min(1),
    scaleKey: z.string().min(1),
    kind: z.enum(['measure', 'intervention']),
    /** measure: what will be done (the plan van aanpak entry). */
    description: text().optional(),
    dueDate: ZIsoDate.nullable().default(null),
    ownerPersonId: z.string().nullable().default(null),
    /** intervention: which one to recommend to the group's units. */
    interventionId: z.string().optional(),
  })
  .refine((a) => a.kind !== 'measure' || !!a.description, { path: ['description'], message: 'required' })
  .refine((a) => a.kind !== 'intervention' || !!a.interventionId, {
    path: ['interventionId'],
    message: 'required',
  });
export type TCreateAction = z.infer<typeof ZCreateAction>;
export const ZActionCreated = z.object({
  kind: z.enum(['measure', 'intervention']),
  measureId: z.string().nullable(),
  offerIds: z.array(z.string()),
});

// ── answering (the employee's own) ───────────────────────────────────────────
export const ZMySurvey = z
  .object({
    campaignId: z.string(),
    title: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    campaignStatus: z.enum(SURVEY_CAMPAIGN_STATUSES),
    status: z.enum(MY_SURVEY_STATUSES),
  })
  .openapi('MySurvey');
export type TMySurvey = z.infer<typeof ZMySurvey>;

const ZAnswerValue = z.union([z.number().int(), z.string().max(2000), z.null()]);
export const ZSurveyAnswers = z.record(z.string(), z.record(z.string(), ZAnswerValue));
export const ZSaveAnswers = z.object({ answers: ZSurveyAnswers });
export type TSaveAnswers = z.infer<typeof ZSaveAnswers>;

export const ZMySurveyDetail = ZMySurvey.extend({
  instruments: z.array(ZInstrumentDefinition),
  answers: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))),
}).openapi('MySurveyDetail');
export type TMySurveyDetail = z.infer<typeof ZMySurveyDetail>;

export const ZInterventionItem = z
  .object({
    id: z.string(),
    title: ZLoc,
    description: ZLoc,
    topic: z.string(),
    pillar: z.enum(['arbo', 'vitality', 'development']),
    targetGroup: ZLoc,
    format: z.string(),
    duration: ZLoc,
    cost: z.object({ eurPerParticipant: z.number().nullable(), note: ZLoc }),
    signUp: z.boolean(),
    signedUp: z.boolean(),
    /** HR turned a hotspot of the person's unit (or the whole organisation) into this suggestion. */
    recommended: z.boolean(),
  })
  .openapi('Intervention');
export type TInterventionItem = z.infer<typeof ZInterventionItem>;

export const ZFeedback = z
  .object({
    campaignId: z.string(),
    title: z.string(),
    instruments: z.array(
      z.object({
        id: z.string(),
        name: ZLoc,
        validated: z.boolean(),
        translation: ZLoc.nullable(),
        scales: z.array(
          z.object({
            key: z.string(),
            label: ZLoc,
            score: z.number().nullable(),
            min: z.number(),
            max: z.number(),
            higherIsWorse: z.boolean(),
            band: z.object({ tone: z.enum(BAND_TONES), label: ZLoc, advice: ZLoc }).nullable(),
          }),
        ),
        ownTexts: z.array(z.object({ item: ZLoc, text: z.string() })),
      }),
    ),
    steps: z.array(z.enum(FEEDBACK_STEPS)),
    interventions: z.array(ZInterventionItem),
  })
  .openapi('SurveyFeedback');
export type TFeedback = z.infer<typeof ZFeedback>;

export const ZUptake = z
  .object({
    minGroupSize: z.number(),
    items: z.array(
      z.object({
        interventionId: z.string(),
        title: ZLoc,
        /** null below k. */
        signUps: z.number().nullable(),
        groups: z.array(z.object({ key: z.string(), name: z.string(), n: z.number() })),
      }),
    ),
  })
  .openapi('InterventionUptake');
export type TUptake = z.infer<typeof ZUptake>;
