import { z } from '@hono/zod-openapi';
import { ZId, ZIsoDate, ZVersion } from './common';
import { lloOptText, lloText, ZEscoOccupationUri, ZEscoSkillUri } from './llo-common';

/* Mobiliteit & van-werk-naar-werk (issue 14, docs/mobility.md). */

export const OPENING_KINDS = ['vacancy', 'project', 'gig', 'job_shadowing'] as const;
export const OPENING_STATUSES = ['open', 'closed'] as const;
export const REORG_STATUSES = ['threatened', 'redundant', 'closed'] as const;
export const CASE_STATUSES = [
  'orientation',
  'training',
  'placed_internal',
  'placed_external',
  'other',
] as const;
export const SHORTAGE_LEVEL_CODES = ['zeer_krap', 'krap', 'gemiddeld', 'ruim', 'zeer_ruim'] as const;
export const TRANSITION_BANDS = ['strong', 'viable', 'distant'] as const;

const ZSkill = z.object({ uri: z.string(), label: z.string(), labelLang: z.enum(['nl', 'en']) });

export const ZOpening = z
  .object({
    id: z.string(),
    kind: z.enum(OPENING_KINDS),
    title: z.string(),
    description: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    hoursPerWeek: z.number().nullable(),
    occupation: z.object({ uri: z.string(), title: z.string() }).nullable(),
    iscoGroup: z.string().nullable(),
    essentialSkills: z.array(ZSkill),
    optionalSkills: z.array(ZSkill),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    status: z.enum(OPENING_STATUSES),
    version: z.number(),
  })
  .openapi('Opening');
export type TOpening = z.infer<typeof ZOpening>;

const openingFields = {
  kind: z.enum(OPENING_KINDS),
  title: lloText(200),
  description: lloOptText(4000),
  unitId: ZId.nullable().optional(),
  hoursPerWeek: z.number().int().min(1).max(60).nullable().optional(),
  escoOccupationUri: ZEscoOccupationUri.nullable().optional(),
  iscoGroup: z
    .string()
    .regex(/^\d{4}$/, 'invalid_isco')
    .nullable()
    .optional(),
  /** Empty with an ESCO occupation: the occupation's own skills are taken. */
  essentialSkills: z.array(ZEscoSkillUri).max(60).default([]),
  optionalSkills: z.array(ZEscoSkillUri).max(60).default([]),
  startsOn: ZIsoDate.nullable().optional(),
  endsOn: ZIsoDate.nullable().optional(),
  closesOn: ZIsoDate.nullable().optional(),
};
export const ZCreateOpening = z.object(openingFields).strict();
export type TCreateOpening = z.infer<typeof ZCreateOpening>;
export const ZUpdateOpening = z
  .object({
    ...openingFields,
    kind: openingFields.kind.optional(),
    title: openingFields.title.optional(),
    essentialSkills: z.array(ZEscoSkillUri).max(60).optional(),
    optionalSkills: z.array(ZEscoSkillUri).max(60).optional(),
    status: z.enum(OPENING_STATUSES).optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateOpening = z.infer<typeof ZUpdateOpening>;
export const ZOpeningQuery = z.object({ status: z.enum([...OPENING_STATUSES, 'all']).default('open') });

/** A learning activity of the LLO catalogue that teaches a missing skill. */
const ZLearningStep = z.object({ id: z.string(), title: z.string(), kind: z.string() });

/** One transition as a card: an internal opening or an ESCO occupation, with its gap and first step. */
export const ZTransitionCard = z
  .object({
    kind: z.enum(['opening', 'occupation']),
    /** The opening's id or the ESCO occupation URI. */
    id: z.string(),
    title: z.string(),
    opening: z
      .object({
        kind: z.enum(OPENING_KINDS),
        unitName: z.string().nullable(),
        hoursPerWeek: z.number().nullable(),
        closesOn: z.string().nullable(),
      })
      .nullable(),
    score: z.number(),
    band: z.enum(TRANSITION_BANDS),
    essentialCoverage: z.number(),
    essentialTotal: z.number(),
    essentialHave: z.number(),
    missingSkills: z.array(ZSkill.extend({ learning: z.array(ZLearningStep) })),
    /** The first skill to learn (most common first) and the catalogue's first activity for it, if any. */
    firstStep: z.object({ skill: ZSkill, learning: ZLearningStep.nullable() }).nullable(),
    effort: z.object({
      band: z.enum(['none', 'short', 'medium', 'long']),
      estimateMonths: z.number(),
    }),
    futureProof: z.enum(['yes', 'partly', 'no']).nullable(),
    automationSource: z.string().nullable(),
    shortage: z
      .object({ level: z.enum(SHORTAGE_LEVEL_CODES), source: z.string(), date: z.string() })
      .nullable(),
    explanation: z.string(),
  })
  .openapi('TransitionCard');
export type TTransitionCard = z.infer<typeof ZTransitionCard>;

export const ZShortageStamp = z
  .object({ id: z.string(), fileName: z.string(), importedAt: z.string(), rowCount: z.number() })
  .openapi('ShortageStamp');

export const ZOpportunities = z
  .object({
    personId: z.string(),
    isOpenToOtherWork: z.boolean(),
    /** `insufficient_data`: the skills profile is too small to judge (no weak guesses). */
    status: z.enum(['ok', 'insufficient_data']),
    origin: z.object({ uri: z.string(), title: z.string() }).nullable(),
    openings: z.array(ZTransitionCard),
    /** Openings described with too few skills to judge. */
    openingsNotJudged: z.array(z.object({ id: z.string(), title: z.string() })),
    occupations: z.array(ZTransitionCard),
    shortageTable: ZShortageStamp.nullable(),
  })
  .openapi('Opportunities');
export type TOpportunities = z.infer<typeof ZOpportunities>;

export const ZMobilityPreference = z
  .object({
    personId: z.string(),
    isOpenToOtherWork: z.boolean(),
    openSince: z.string().nullable(),
    version: z.number().nullable(),
  })
  .openapi('MobilityPreference');
export type TMobilityPreference = z.infer<typeof ZMobilityPreference>;
export const ZUpdateMobilityPreference = z
  .object({ isOpenToOtherWork: z.boolean(), version: ZVersion.nullable() })
  .strict();

export const ZCandidate = z
  .object({
    personId: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    unitName: z.string().nullable(),
    score: z.number(),
    band: z.enum(TRANSITION_BANDS),
    essentialHave: z.number(),
    essentialTotal: z.number(),
    missingSkills: z.array(ZSkill),
    effort: z.object({ band: z.enum(['none', 'short', 'medium', 'long']), estimateMonths: z.number() }),
    explanation: z.string(),
  })
  .openapi('Candidate');
export type TCandidate = z.infer<typeof ZCandidate>;
export const ZCandidates = z
  .object({
    opening: ZOpening,
    /** People who opted in ("open to other work"); only they are ranked. */
    openPeople: z.number(),
    /** Opted-in people whose skills profile is too small to judge. */
    insufficientProfiles: z.number(),
    items: z.array(ZCandidate),
  })
  .openapi('Candidates');
export type TCandidates = z.infer<typeof ZCandidates>;

/* ── Van werk naar werk ─────────────────────────────────────────────────────────────── */

const ZStatusCounts = z.object(
  Object.fromEntries(CASE_STATUSES.map((s) => [s, z.number()])) as Record<
    (typeof CASE_STATUSES)[number],
    z.ZodNumber
  >,
);

export const ZReorganisation = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    status: z.enum(REORG_STATUSES),
    announcedOn: z.string(),
    endsOn: z.string().nullable(),
    people: z.number(),
    withoutCoach: z.number(),
    byStatus: ZStatusCounts,
    version: z.number(),
  })
  .openapi('Reorganisation');
export type TReorganisation = z.infer<typeof ZReorganisation>;
export const ZCreateReorganisation = z
  .object({
    name: lloText(200),
    description: lloOptText(4000),
    status: z.enum(['threatened', 'redundant']),
    announcedOn: ZIsoDate,
    endsOn: ZIsoDate.nullable().optional(),
  })
  .strict();
export type TCreateReorganisation = z.infer<typeof ZCreateReorganisation>;
export const ZUpdateReorganisation = z
  .object({
    name: lloText(200).optional(),
    description: lloOptText(4000),
    status: z.enum(REORG_STATUSES).optional(),
    announcedOn: ZIsoDate.optional(),
    endsOn: ZIsoDate.nullable().optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateReorganisation = z.infer<typeof ZUpdateReorganisation>;

export const ZMobilityCase = z
  .object({
    id: z.string(),
    reorganisation: z.object({ id: z.string(), name: z.string(), status: z.enum(REORG_STATUSES) }),
    personId: z.string(),
    personName: z.string(),
    jobTitle: z.string().nullable(),
    unitName: z.string().nullable(),
    coach: z.object({ personId: z.string(), name: z.string() }).nullable(),
    status: z.enum(CASE_STATUSES),
    statusChangedOn: z.string(),
    target: z.object({ ref: z.string(), title: z.string() }).nullable(),
    version: z.number(),
  })
  .openapi('MobilityCase');
export type TMobilityCase = z.infer<typeof ZMobilityCase>;
export const ZReorganisationDetail = ZReorganisation.extend({ cases: z.array(ZMobilityCase) }).openapi(
  'ReorganisationDetail',
);
export type TReorganisationDetail = z.infer<typeof ZReorganisationDetail>;
export const ZAddCases = z
  .object({ personIds: z.array(ZId).min(1).max(500), coachPersonId: ZId.nullable().optional() })
  .strict();
export type TAddCases = z.infer<typeof ZAddCases>;
export const ZUpdateCase = z
  .object({
    coachPersonId: ZId.nullable().optional(),
    status: z.enum(CASE_STATUSES).optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateCase = z.infer<typeof ZUpdateCase>;
export const ZCaseQuery = z.object({ reorganisationId: ZId.optional() });

export const ZTransitionPlan = z
  .object({
    case: ZMobilityCase,
    status: z.enum(['ok', 'insufficient_data']),
    origin: z.object({ uri: z.string(), title: z.string() }).nullable(),
    /** Internal openings first (ranked), then ESCO occupations with a shortage first. */
    internal: z.array(ZTransitionCard),
    external: z.array(ZTransitionCard),
    shortageTable: ZShortageStamp.nullable(),
    /** Funding schemes open today that pay for courses, learning at work or career advice (LLO). */
    funding: z.array(
      z.object({ id: z.string(), name: z.string(), summary: z.string(), administrator: z.string() }),
    ),
    /** The person's open POP goals (titles), so the coach sees what is already planned. */
    popGoals: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  })
  .openapi('TransitionPlan');
export type TTransitionPlan = z.infer<typeof ZTransitionPlan>;
export const ZPlanToPop = z
  .object({ kind: z.enum(['opening', 'occupation']), id: z.string().min(1).max(200) })
  .strict();
export type TPlanToPop = z.infer<typeof ZPlanToPop>;
export const ZPlanToPopResult = z
  .object({ goals: z.array(z.object({ id: z.string(), title: z.string() })) })
  .openapi('PlanToPopResult');

export const ZWorksCouncilReport = z
  .object({
    reorganisation: z.object({
      name: z.string(),
      status: z.enum(REORG_STATUSES),
      announcedOn: z.string(),
      endsOn: z.string().nullable(),
    }),
    generatedOn: z.string(),
    people: z.number(),
    withCoach: z.number(),
    withPopGoals: z.number(),
    byStatus: ZStatusCounts,
  })
  .openapi('WorksCouncilMobilityReport');
export type TWorksCouncilReport = z.infer<typeof ZWorksCouncilReport>;

/* ── Shortage table ─────────────────────────────────────────────────────────────────── */

export const ZShortageTable = z
  .object({
    import: ZShortageStamp.nullable(),
    items: z.array(
      z.object({
        escoOccupationUri: z.string().nullable(),
        isco4: z.string().nullable(),
        title: z.string().nullable(),
        level: z.enum(SHORTAGE_LEVEL_CODES),
        source: z.string(),
        date: z.string(),
      }),
    ),
  })
  .openapi('ShortageTable');
export type TShortageTable = z.infer<typeof ZShortageTable>;
