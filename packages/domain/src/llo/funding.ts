import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../dates';

/*
 * Funding schemes for learning and development (domain-rules §7): which schemes may apply to a
 * request or a group of requests, on a date, for an organisation of a given size. The national and
 * EU schemes are data (data/funding-schemes/schemes.json); sector O&O funds are entries an
 * organisation configures itself in the same shape.
 *
 * A scheme whose end date has passed is never offered as available, whatever else fits
 * (STAP ended on 1 January 2024).
 */

/** What a scheme pays for; a learning request maps onto one of these. */
export const FUNDING_ACTIVITIES = [
  'course',
  'career_advice',
  'company_scan',
  'workplace_learning',
  'di_project',
] as const;
export type FundingActivity = (typeof FUNDING_ACTIVITIES)[number];

export const FUNDING_KINDS = ['national', 'eu', 'sector_fund'] as const;
export const FUNDING_APPLICANTS = ['employer', 'employee', 'intermediary'] as const;

const ZLocalized = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const ZDate = z.string().refine(isIsoDate, 'invalid_date');
const cents = z.number().int().min(0);

export const ZFundingScheme = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: ZLocalized,
    summary: ZLocalized,
    kind: z.enum(FUNDING_KINDS),
    /** Who runs it (e.g. Uitvoering van Beleid SZW, UWV, an O&O fund). */
    administrator: z.string().min(1),
    /** Who files the application: the employer, the employee, or an intermediary (region, fund). */
    applicant: z.enum(FUNDING_APPLICANTS),
    /** First day it applies (null: long before any date we ask about). */
    validFrom: ZDate.nullable(),
    /** The first day it no longer applies (exclusive end); null: no end known. */
    validUntil: ZDate.nullable(),
    /** Only organisations with fewer staff than this (annual work units) may apply; null: any size. */
    maxStaff: z.number().int().positive().nullable(),
    activities: z.array(z.enum(FUNDING_ACTIVITIES)).min(1),
    /** Share of the eligible costs paid, in percent. */
    ratePercent: z.number().min(0).max(100).nullable(),
    minSubsidyCents: cents.nullable(),
    maxSubsidyCents: cents.nullable(),
    maxPerPersonCents: cents.nullable(),
    minProjectCostCents: cents.nullable(),
    /** Eligibility depends on who the participants are (e.g. ESF+: a weak labour-market position). */
    targetGroup: ZLocalized.nullable(),
    /** What an application needs, in order. */
    requirements: z.array(ZLocalized),
    sources: z.array(z.string().min(1)).min(1),
    /** Some figure rests on secondary sources only (domain-rules "[verify]"). */
    verify: z.boolean().default(false),
  })
  .strict();
export type FundingScheme = z.infer<typeof ZFundingScheme>;

export type FundingRequest = {
  id: string;
  personId: string;
  activity: FundingActivity;
  costCents: number;
};

export type FundingContext = {
  on: IsoDate;
  /** The organisation's staff in annual work units (FTE), as the EU SME definition counts them. */
  staffFte: number;
};

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
export type FundingReason = (typeof FUNDING_REASONS)[number];
const SOFT: readonly FundingReason[] = ['via_intermediary', 'target_group_check'];

export type FundingAvailability = 'open' | 'ended' | 'not_yet_open';
export type FundingOutcome = 'may_apply' | 'check_conditions' | 'not_eligible' | 'not_available';

export type SchemeVerdict = {
  schemeId: string;
  availability: FundingAvailability;
  outcome: FundingOutcome;
  reasons: FundingReason[];
  /** The requests whose activity the scheme pays for. */
  matchedRequestIds: string[];
  eligibleCostCents: number;
  /** Rate × eligible costs, within the per-person and per-application maximum; null without a rate. */
  estimatedSubsidyCents: number | null;
  /** Eligible costs needed to reach the minimum subsidy (null: no minimum or no rate). */
  minEligibleCostCents: number | null;
};

export function availabilityOn(
  s: Pick<FundingScheme, 'validFrom' | 'validUntil'>,
  on: IsoDate,
): FundingAvailability {
  if (s.validFrom && on < s.validFrom) return 'not_yet_open';
  if (s.validUntil && on >= s.validUntil) return 'ended';
  return 'open';
}

function estimate(s: FundingScheme, matched: readonly FundingRequest[]): number | null {
  if (s.ratePercent === null) return null;
  const perPerson = new Map<string, number>();
  for (const r of matched) perPerson.set(r.personId, (perPerson.get(r.personId) ?? 0) + r.costCents);
  let total = 0;
  for (const cost of perPerson.values()) {
    const subsidy = Math.floor((cost * s.ratePercent) / 100);
    total += s.maxPerPersonCents === null ? subsidy : Math.min(subsidy, s.maxPerPersonCents);
  }
  return s.maxSubsidyCents === null ? total : Math.min(total, s.maxSubsidyCents);
}

/** Whether `scheme` may pay for `requests` on `ctx.on`, and why not when it may not. */
export function evaluateScheme(
  scheme: FundingScheme,
  requests: readonly FundingRequest[],
  ctx: FundingContext,
): SchemeVerdict {
  const availability = availabilityOn(scheme, ctx.on);
  const matched = requests.filter((r) => scheme.activities.includes(r.activity));
  const eligibleCostCents = matched.reduce((s, r) => s + r.costCents, 0);
  const minEligibleCostCents =
    scheme.minSubsidyCents !== null && scheme.ratePercent
      ? Math.ceil((scheme.minSubsidyCents * 100) / scheme.ratePercent)
      : null;
  const base = {
    schemeId: scheme.id,
    availability,
    matchedRequestIds: matched.map((r) => r.id),
    eligibleCostCents,
    minEligibleCostCents,
  };
  if (availability !== 'open')
    return {
      ...base,
      outcome: 'not_available',
      reasons: [availability === 'ended' ? 'scheme_ended' : 'scheme_not_open'],
      estimatedSubsidyCents: null,
    };
  const reasons: FundingReason[] = [];
  if (scheme.maxStaff !== null && ctx.staffFte >= scheme.maxStaff) reasons.push('organization_too_large');
  if (matched.length === 0) reasons.push('no_matching_activity');
  const estimatedSubsidyCents = matched.length ? estimate(scheme, matched) : null;
  if (
    matched.length &&
    scheme.minSubsidyCents !== null &&
    (estimatedSubsidyCents ?? 0) < scheme.minSubsidyCents
  )
    reasons.push('below_minimum_subsidy');
  if (matched.length && scheme.minProjectCostCents !== null && eligibleCostCents < scheme.minProjectCostCents)
    reasons.push('below_minimum_project_cost');
  if (scheme.applicant === 'intermediary') reasons.push('via_intermediary');
  if (scheme.targetGroup) reasons.push('target_group_check');
  const hard = reasons.some((r) => !SOFT.includes(r));
  return {
    ...base,
    outcome: hard ? 'not_eligible' : reasons.length ? 'check_conditions' : 'may_apply',
    reasons,
    estimatedSubsidyCents,
  };
}

const OUTCOME_ORDER: Record<FundingOutcome, number> = {
  may_apply: 0,
  check_conditions: 1,
  not_eligible: 2,
  not_available: 3,
};

/** Every scheme's verdict, the ones that may apply first. */
export function evaluateSchemes(
  schemes: readonly FundingScheme[],
  requests: readonly FundingRequest[],
  ctx: FundingContext,
): SchemeVerdict[] {
  return schemes
    .map((s) => evaluateScheme(s, requests, ctx))
    .sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
}

/**
 * The funding activity of a learning request. Learning at work (meelopen, mentoring, peer learning,
 * a stretch assignment) counts as workplace learning — which SLIM pays for when an employer develops
 * or introduces such a method, not for a single placement (the requirements say so).
 */
export function fundingActivityOf(
  kind: 'course' | 'job_shadowing' | 'mentoring' | 'peer_learning' | 'stretch_assignment' | 'career_advice',
): FundingActivity {
  if (kind === 'course') return 'course';
  if (kind === 'career_advice') return 'career_advice';
  return 'workplace_learning';
}
