import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';
import { lloText, ZCents } from './llo-common';

/* Funding schemes (domain-rules §7) and the check for a group of learning requests. */

export const FUNDING_ACTIVITIES = [
  'course',
  'career_advice',
  'company_scan',
  'workplace_learning',
  'di_project',
] as const;
export const FUNDING_OUTCOMES = ['may_apply', 'check_conditions', 'not_eligible', 'not_available'] as const;
export const FUNDING_REASONS = [
  'scheme_ended',
  'scheme_not_open',
  'organization_too_large',
  'no_matching_activity',
  'below_minimum_subsidy',
  'below_minimum_project_cost',
  'via_intermediary',
  'target_group_check',
] as const;

const ZLocalized = z.object({ nl: z.string(), en: z.string() });

export const ZFundingSchemeView = z
  .object({
    id: z.string(),
    /** `bundled`: national/EU schemes shipped with Inzetbaar; `organization`: the organisation's own O&O fund entries. */
    origin: z.enum(['bundled', 'organization']),
    name: ZLocalized,
    summary: ZLocalized,
    kind: z.enum(['national', 'eu', 'sector_fund']),
    administrator: z.string(),
    applicant: z.enum(['employer', 'employee', 'intermediary']),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    availability: z.enum(['open', 'ended', 'not_yet_open']),
    maxStaff: z.number().nullable(),
    activities: z.array(z.enum(FUNDING_ACTIVITIES)),
    ratePercent: z.number().nullable(),
    minSubsidyCents: z.number().nullable(),
    maxSubsidyCents: z.number().nullable(),
    maxPerPersonCents: z.number().nullable(),
    minProjectCostCents: z.number().nullable(),
    targetGroup: ZLocalized.nullable(),
    requirements: z.array(ZLocalized),
    sources: z.array(z.string()),
    verify: z.boolean(),
    isActive: z.boolean(),
    version: z.number().nullable(),
  })
  .openapi('FundingScheme');
export type TFundingSchemeView = z.infer<typeof ZFundingSchemeView>;

/** An organisation's own entry: a sector O&O fund (the fields of a bundled scheme, simplified). */
export const ZCreateFundingScheme = z
  .object({
    name: lloText(200),
    summary: lloText(2000),
    administrator: lloText(200),
    validFrom: ZIsoDate.nullable().default(null),
    validUntil: ZIsoDate.nullable().default(null),
    activities: z.array(z.enum(FUNDING_ACTIVITIES)).min(1),
    ratePercent: z.number().min(0).max(100).nullable().default(null),
    maxPerPersonCents: ZCents.nullable().default(null),
    maxSubsidyCents: ZCents.nullable().default(null),
    minSubsidyCents: ZCents.nullable().default(null),
    maxStaff: z.number().int().positive().nullable().default(null),
    requirements: z.array(lloText(1000)).max(20).default([]),
    source: lloText(500),
  })
  .strict();
export type TCreateFundingScheme = z.infer<typeof ZCreateFundingScheme>;
export const ZUpdateFundingScheme = ZCreateFundingScheme.partial()
  .extend({ isActive: z.boolean().optional(), version: ZVersion })
  .strict();
export type TUpdateFundingScheme = z.infer<typeof ZUpdateFundingScheme>;

export const ZFundingCheckInput = z.object({ requestIds: z.array(z.string()).min(1).max(500) }).strict();
export const ZFundingVerdict = z.object({
  scheme: ZFundingSchemeView,
  outcome: z.enum(FUNDING_OUTCOMES),
  reasons: z.array(z.enum(FUNDING_REASONS)),
  matchedRequestIds: z.array(z.string()),
  eligibleCostCents: z.number(),
  estimatedSubsidyCents: z.number().nullable(),
  minEligibleCostCents: z.number().nullable(),
});
export const ZFundingCheck = z
  .object({
    on: z.string(),
    /** The organisation's staff in FTE (annual work units), as the EU SME definition counts them. */
    staffFte: z.number(),
    requests: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        personName: z.string(),
        activity: z.enum(FUNDING_ACTIVITIES),
        costCents: z.number(),
      }),
    ),
    verdicts: z.array(ZFundingVerdict),
  })
  .openapi('FundingCheck');
export type TFundingCheck = z.infer<typeof ZFundingCheck>;
