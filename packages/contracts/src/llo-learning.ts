import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';
import {
  FUNDING_SOURCES,
  LEARNING_DELIVERY,
  LEARNING_KINDS,
  LEARNING_MODES,
  lloOptText,
  lloText,
  PRO_RATA_KINDS,
  REQUEST_STATUSES,
  SPEND_VIOLATIONS,
  ZCents,
  ZHours,
  ZLabelledSkillTarget,
  ZSkillRef,
  ZSkillTarget,
} from './llo-common';

// ── catalogue ─────────────────────────────────────────────────────────────────
export const ZLearningItem = z
  .object({
    id: z.string(),
    code: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(LEARNING_KINDS),
    provider: z.string().nullable(),
    delivery: z.enum(LEARNING_DELIVERY),
    mode: z.enum(LEARNING_MODES),
    durationHours: z.number(),
    costCents: z.number(),
    skills: z.array(ZLabelledSkillTarget),
    certificateType: z.string().nullable(),
    isActive: z.boolean(),
    version: z.number(),
  })
  .openapi('LearningItem');
export type TLearningItem = z.infer<typeof ZLearningItem>;
export const ZLearningItemQuery = z.object({
  q: z.string().trim().max(100).optional(),
  skill: ZSkillRef.optional(),
  kind: z.enum(LEARNING_KINDS).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
const itemFields = {
  code: lloOptText(64),
  title: lloText(200),
  description: lloOptText(4000),
  kind: z.enum(LEARNING_KINDS),
  provider: lloOptText(200),
  delivery: z.enum(LEARNING_DELIVERY).default('external'),
  mode: z.enum(LEARNING_MODES).default('classroom'),
  durationHours: ZHours.default(0),
  costCents: ZCents.default(0),
  skills: z.array(ZSkillTarget).max(50).default([]),
  certificateType: z.string().max(64).nullable().optional(),
};
export const ZCreateLearningItem = z.object(itemFields).strict();
export type TCreateLearningItem = z.infer<typeof ZCreateLearningItem>;
export const ZUpdateLearningItem = z
  .object({
    code: itemFields.code,
    title: itemFields.title.optional(),
    description: itemFields.description,
    kind: itemFields.kind.optional(),
    provider: itemFields.provider,
    delivery: z.enum(LEARNING_DELIVERY).optional(),
    mode: z.enum(LEARNING_MODES).optional(),
    durationHours: ZHours.optional(),
    costCents: ZCents.optional(),
    skills: z.array(ZSkillTarget).max(50).optional(),
    certificateType: itemFields.certificateType,
    isActive: z.boolean().optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateLearningItem = z.infer<typeof ZUpdateLearningItem>;
export const ZCatalogueImportResult = z
  .object({ created: z.number(), updated: z.number(), dryRun: z.boolean() })
  .openapi('CatalogueImportResult');

// ── budget rules ──────────────────────────────────────────────────────────────
export const ZBudgetRule = z
  .object({
    id: z.string(),
    name: z.string(),
    fromYear: z.number(),
    moneyPerYearCents: z.number(),
    hoursPerYear: z.number(),
    carryOverYears: z.number(),
    maxCarryOverCents: z.number().nullable(),
    maxCarryOverHours: z.number().nullable(),
    proRata: z.enum(PRO_RATA_KINDS),
    maxPerActivityCents: z.number().nullable(),
    version: z.number(),
  })
  .openapi('BudgetRule');
export type TBudgetRule = z.infer<typeof ZBudgetRule>;
const ruleFields = {
  name: lloText(200),
  fromYear: z.number().int().min(2000).max(2100),
  moneyPerYearCents: ZCents,
  hoursPerYear: ZHours,
  carryOverYears: z.number().int().min(0).max(10).default(0),
  maxCarryOverCents: ZCents.nullable().default(null),
  maxCarryOverHours: ZHours.nullable().default(null),
  proRata: z.enum(PRO_RATA_KINDS).default('hours'),
  maxPerActivityCents: ZCents.nullable().default(null),
};
export const ZCreateBudgetRule = z.object(ruleFields).strict();
export type TCreateBudgetRule = z.infer<typeof ZCreateBudgetRule>;
export const ZUpdateBudgetRule = z
  .object({
    name: ruleFields.name.optional(),
    moneyPerYearCents: ZCents.optional(),
    hoursPerYear: ZHours.optional(),
    carryOverYears: z.number().int().min(0).max(10).optional(),
    maxCarryOverCents: ZCents.nullable().optional(),
    maxCarryOverHours: ZHours.nullable().optional(),
    proRata: z.enum(PRO_RATA_KINDS).optional(),
    maxPerActivityCents: ZCents.nullable().optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateBudgetRule = z.infer<typeof ZUpdateBudgetRule>;

const ZLedger = z.object({
  allotted: z.number(),
  carriedIn: z.number(),
  used: z.number(),
  available: z.number(),
  lapsed: z.number(),
  carriedOut: z.number(),
});
export const ZBudgetStatement = z
  .object({
    personId: z.string(),
    year: z.number(),
    ruleName: z.string().nullable(),
    /** Per year up to `year`: money in cents, hours in hours. */
    years: z.array(z.object({ year: z.number(), factor: z.number(), money: ZLedger, hours: ZLedger })),
    /** Submitted requests charged to the personal budget that are not decided yet. */
    pending: z.object({ cents: z.number(), hours: z.number() }),
  })
  .openapi('BudgetStatement');
export type TBudgetStatement = z.infer<typeof ZBudgetStatement>;

// ── requests ──────────────────────────────────────────────────────────────────
export const ZLearningRequest = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    learningItemId: z.string().nullable(),
    popGoalId: z.string().nullable(),
    title: z.string(),
    kind: z.enum(LEARNING_KINDS),
    provider: z.string().nullable(),
    costCents: z.number(),
    hours: z.number(),
    startOn: z.string().nullable(),
    endOn: z.string().nullable(),
    motivation: z.string(),
    fundingSource: z.enum(FUNDING_SOURCES),
    skills: z.array(ZLabelledSkillTarget),
    certificateType: z.string().nullable(),
    status: z.enum(REQUEST_STATUSES),
    budgetYear: z.number().nullable(),
    decidedByName: z.string().nullable(),
    decidedOn: z.string().nullable(),
    decisionReason: z.string().nullable(),
    completedOn: z.string().nullable(),
    actualCostCents: z.number().nullable(),
    actualHours: z.number().nullable(),
    /** For a submitted request: what approving it would exceed (empty: it fits). */
    budgetCheck: z.array(z.enum(SPEND_VIOLATIONS)),
    canDecide: z.boolean(),
    canComplete: z.boolean(),
    canCancel: z.boolean(),
    version: z.number(),
  })
  .openapi('LearningRequest');
export type TLearningRequest = z.infer<typeof ZLearningRequest>;
export const ZLearningRequestQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  personId: z.string().optional(),
});
export const ZCreateLearningRequest = z
  .object({
    /** From the catalogue: title, kind, provider, cost, hours, skills and certificate are copied. */
    learningItemId: z.string().nullable().optional(),
    title: lloText(200).optional(),
    kind: z.enum(LEARNING_KINDS).optional(),
    provider: lloOptText(200),
    costCents: ZCents.optional(),
    hours: ZHours.optional(),
    startOn: ZIsoDate.nullable().optional(),
    endOn: ZIsoDate.nullable().optional(),
    motivation: lloOptText(4000),
    popGoalId: z.string().nullable().optional(),
    skills: z.array(ZSkillTarget).max(50).optional(),
  })
  .strict();
export type TCreateLearningRequest = z.infer<typeof ZCreateLearningRequest>;
export const ZDecideLearningRequest = z
  .object({
    decision: z.enum(['approve', 'decline']),
    /** Required when declining. */
    reason: lloOptText(2000),
    /** Training the job requires (BW 7:611a lid 2) is free for the employee: not charged to the budget. */
    fundingSource: z.enum(FUNDING_SOURCES).optional(),
    version: ZVersion,
  })
  .strict();
export type TDecideLearningRequest = z.infer<typeof ZDecideLearningRequest>;
export const ZCompleteLearningRequest = z
  .object({
    completedOn: ZIsoDate,
    actualCostCents: ZCents.optional(),
    actualHours: ZHours.optional(),
    /** Where the activity grants a certificate: its dates (expiry suggested from the type when left out). */
    certificate: z
      .object({
        obtainedOn: ZIsoDate.optional(),
        expiresOn: ZIsoDate.nullable().optional(),
        number: lloOptText(100),
      })
      .strict()
      .optional(),
    version: ZVersion,
  })
  .strict();
export type TCompleteLearningRequest = z.infer<typeof ZCompleteLearningRequest>;
export const ZRequestVersion = z.object({ version: ZVersion }).strict();
