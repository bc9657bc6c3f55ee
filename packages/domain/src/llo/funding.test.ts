import { describe, expect, it } from 'vitest';
import {
  evaluateScheme,
  evaluateSchemes,
  type FundingRequest,
  type FundingScheme,
  fundingActivityOf,
} from './funding';

/*
 * Funding eligibility by date and organisation size. The schemes are reduced to the figures of
 * domain-rules §7:
 *  - SLIM (SZW): individual MKB firm €5,000–€24,999 subsidy per application, 60% for everyone,
 *    extended to 1 Jan 2030; activities: company scan → training plan, career advice, on-the-job
 *    learning methods (khn.nl; innofunding.nl; wiedijk.nl). MKB: fewer than 250 staff
 *    (EU Recommendation 2003/361/EC, annex art. 2).
 *  - STAP: €1,000 per person per year via UWV, March 2022 until it ended on 1 Jan 2024
 *    (fashionunited.nl).
 *  - ESF+ 2021–2027: via labour-market regions, O&O funds and municipalities, for people with a weak
 *    labour-market position (pnoconsultants.com).
 */
const text = (s: string) => ({ nl: s, en: s });
const scheme = (p: Partial<FundingScheme> & Pick<FundingScheme, 'id'>): FundingScheme => ({
  name: text(p.id),
  summary: text(p.id),
  kind: 'national',
  administrator: 'test',
  applicant: 'employer',
  validFrom: null,
  validUntil: null,
  maxStaff: null,
  activities: ['course'],
  ratePercent: null,
  minSubsidyCents: null,
  maxSubsidyCents: null,
  maxPerPersonCents: null,
  minProjectCostCents: null,
  targetGroup: null,
  requirements: [],
  sources: ['test'],
  verify: false,
  ...p,
});
const SLIM = scheme({
  id: 'slim',
  validUntil: '2030-01-01',
  maxStaff: 250,
  activities: ['company_scan', 'career_advice', 'workplace_learning'],
  ratePercent: 60,
  minSubsidyCents: 500_000,
  maxSubsidyCents: 2_499_900,
});
const STAP = scheme({
  id: 'stap',
  applicant: 'employee',
  validFrom: '2022-03-01',
  validUntil: '2024-01-01',
  activities: ['course'],
  ratePercent: 100,
  maxPerPersonCents: 100_000,
});
const ESF = scheme({
  id: 'esf-plus',
  kind: 'eu',
  applicant: 'intermediary',
  validFrom: '2021-01-01',
  validUntil: '2028-01-01',
  activities: ['course', 'career_advice', 'workplace_learning'],
  targetGroup: text('weak labour-market position'),
});

const req = (
  id: string,
  activity: FundingRequest['activity'],
  costCents: number,
  personId = id,
): FundingRequest => ({
  id,
  personId,
  activity,
  costCents,
});
const ADVICE_10K = [req('a', 'career_advice', 600_000), req('b', 'career_advice', 400_000)];

describe('evaluateScheme', () => {
  it.each([
    // SLIM by date and size
    {
      what: 'SLIM, small firm, €10,000 of career advice: 60% = €6,000',
      s: SLIM,
      on: '2026-12-02',
      fte: 40,
      rs: ADVICE_10K,
      outcome: 'may_apply',
      reasons: [],
      subsidy: 600_000,
    },
    {
      what: 'SLIM on its last day (31 Dec 2029)',
      s: SLIM,
      on: '2029-12-31',
      fte: 40,
      rs: ADVICE_10K,
      outcome: 'may_apply',
      reasons: [],
      subsidy: 600_000,
    },
    {
      what: 'SLIM from 1 Jan 2030: ended',
      s: SLIM,
      on: '2030-01-01',
      fte: 40,
      rs: ADVICE_10K,
      outcome: 'not_available',
      reasons: ['scheme_ended'],
      subsidy: null,
    },
    {
      what: 'SLIM at 249.5 FTE: still MKB',
      s: SLIM,
      on: '2026-12-02',
      fte: 249.5,
      rs: ADVICE_10K,
      outcome: 'may_apply',
      reasons: [],
      subsidy: 600_000,
    },
    {
      what: 'SLIM at 250 FTE: not MKB',
      s: SLIM,
      on: '2026-12-02',
      fte: 250,
      rs: ADVICE_10K,
      outcome: 'not_eligible',
      reasons: ['organization_too_large'],
      subsidy: 600_000,
    },
    {
      what: 'SLIM below the €5,000 minimum subsidy (€8,000 × 60% = €4,800)',
      s: SLIM,
      on: '2026-12-02',
      fte: 40,
      rs: [req('a', 'career_advice', 800_000)],
      outcome: 'not_eligible',
      reasons: ['below_minimum_subsidy'],
      subsidy: 480_000,
    },
    {
      what: 'SLIM exactly at the minimum (€8,333.34 × 60% = €5,000.00)',
      s: SLIM,
      on: '2026-12-02',
      fte: 40,
      rs: [req('a', 'company_scan', 833_334)],
      outcome: 'may_apply',
      reasons: [],
      subsidy: 500_000,
    },
    {
      what: 'SLIM capped at €24,999',
      s: SLIM,
      on: '2026-12-02',
      fte: 40,
      rs: [req('a', 'workplace_learning', 5_000_000)],
      outcome: 'may_apply',
      reasons: [],
      subsidy: 2_499_900,
    },
    {
      what: 'SLIM does not pay course fees',
      s: SLIM,
      on: '2026-12-02',
      fte: 40,
      rs: [req('a', 'course', 2_000_000)],
      outcome: 'not_eligible',
      reasons: ['no_matching_activity'],
      subsidy: null,
    },
    // STAP by date
    {
      what: 'STAP in 2023: €1,000 per person',
      s: STAP,
      on: '2023-06-01',
      fte: 10,
      rs: [req('a', 'course', 250_000), req('b', 'course', 60_000)],
      outcome: 'may_apply',
      reasons: [],
      subsidy: 160_000,
    },
    {
      what: 'STAP on 31 Dec 2023',
      s: STAP,
      on: '2023-12-31',
      fte: 10,
      rs: [req('a', 'course', 50_000)],
      outcome: 'may_apply',
      reasons: [],
      subsidy: 50_000,
    },
    {
      what: 'STAP on 1 Jan 2024: ended, never available',
      s: STAP,
      on: '2024-01-01',
      fte: 10,
      rs: [req('a', 'course', 50_000)],
      outcome: 'not_available',
      reasons: ['scheme_ended'],
      subsidy: null,
    },
    {
      what: 'STAP today: ended',
      s: STAP,
      on: '2026-12-02',
      fte: 10,
      rs: [req('a', 'course', 50_000)],
      outcome: 'not_available',
      reasons: ['scheme_ended'],
      subsidy: null,
    },
    {
      what: 'STAP before March 2022: not yet open',
      s: STAP,
      on: '2022-02-28',
      fte: 10,
      rs: [req('a', 'course', 50_000)],
      outcome: 'not_available',
      reasons: ['scheme_not_open'],
      subsidy: null,
    },
    // ESF+: through an intermediary, for a target group
    {
      what: 'ESF+: conditions to check',
      s: ESF,
      on: '2026-12-02',
      fte: 900,
      rs: [req('a', 'course', 50_000)],
      outcome: 'check_conditions',
      reasons: ['via_intermediary', 'target_group_check'],
      subsidy: null,
    },
    {
      what: 'ESF+ after 2027',
      s: ESF,
      on: '2028-01-01',
      fte: 900,
      rs: [req('a', 'course', 50_000)],
      outcome: 'not_available',
      reasons: ['scheme_ended'],
      subsidy: null,
    },
  ] as const)('$what', ({ s, on, fte, rs, outcome, reasons, subsidy }) => {
    const v = evaluateScheme(s, rs, { on, staffFte: fte });
    expect({ outcome: v.outcome, reasons: v.reasons, subsidy: v.estimatedSubsidyCents }).toEqual({
      outcome,
      reasons,
      subsidy,
    });
  });

  it('says how much cost SLIM needs for its minimum subsidy', () => {
    expect(evaluateScheme(SLIM, ADVICE_10K, { on: '2026-12-02', staffFte: 40 }).minEligibleCostCents).toBe(
      833_334,
    );
  });

  it('names the requests a scheme covers and their costs', () => {
    const v = evaluateScheme(SLIM, [...ADVICE_10K, req('c', 'course', 99_999)], {
      on: '2026-12-02',
      staffFte: 40,
    });
    expect(v.matchedRequestIds).toEqual(['a', 'b']);
    expect(v.eligibleCostCents).toBe(1_000_000);
  });
});

describe('evaluateSchemes', () => {
  it('lists the schemes that may apply first and an ended scheme last', () => {
    const rs = [...ADVICE_10K, req('c', 'course', 50_000)];
    const got = evaluateSchemes([STAP, ESF, SLIM], rs, { on: '2026-12-02', staffFte: 40 });
    expect(got.map((v) => [v.schemeId, v.outcome])).toEqual([
      ['slim', 'may_apply'],
      ['esf-plus', 'check_conditions'],
      ['stap', 'not_available'],
    ]);
  });
});

describe('fundingActivityOf', () => {
  it.each([
    ['course', 'course'],
    ['career_advice', 'career_advice'],
    ['job_shadowing', 'workplace_learning'],
    ['mentoring', 'workplace_learning'],
    ['peer_learning', 'workplace_learning'],
    ['stretch_assignment', 'workplace_learning'],
  ] as const)('%s → %s', (kind, activity) => expect(fundingActivityOf(kind)).toBe(activity));
});
