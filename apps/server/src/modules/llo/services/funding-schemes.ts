import type { TCreateFundingScheme, TFundingSchemeView } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { llo } from '@inzetbaar/domain';
import { bundledFundingSchemes } from '../reference-data';
import { type FundingSchemeRow, listOwnFundingSchemes } from '../repo/funding.repo';

/** An organisation's own entry (a sector O&O fund) as a scheme the domain can evaluate. */
export function ownScheme(row: FundingSchemeRow): llo.FundingScheme {
  const d = row.definition as TCreateFundingScheme;
  const both = (s: string) => ({ nl: s, en: s });
  return {
    id: row.id,
    name: both(d.name),
    summary: both(d.summary),
    kind: 'sector_fund',
    administrator: d.administrator,
    applicant: 'employer',
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    maxStaff: d.maxStaff,
    activities: d.activities,
    ratePercent: d.ratePercent,
    minSubsidyCents: d.minSubsidyCents,
    maxSubsidyCents: d.maxSubsidyCents,
    maxPerPersonCents: d.maxPerPersonCents,
    minProjectCostCents: null,
    targetGroup: null,
    requirements: d.requirements.map(both),
    sources: [d.source],
    verify: false,
  };
}

export function presentScheme(s: llo.FundingScheme, on: string, own?: FundingSchemeRow): TFundingSchemeView {
  return {
    id: s.id,
    origin: own ? 'organization' : 'bundled',
    name: s.name,
    summary: s.summary,
    kind: s.kind,
    administrator: s.administrator,
    applicant: s.applicant,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    availability: llo.availabilityOn(s, on),
    maxStaff: s.maxStaff,
    activities: s.activities,
    ratePercent: s.ratePercent,
    minSubsidyCents: s.minSubsidyCents,
    maxSubsidyCents: s.maxSubsidyCents,
    maxPerPersonCents: s.maxPerPersonCents,
    minProjectCostCents: s.minProjectCostCents,
    targetGroup: s.targetGroup,
    requirements: s.requirements,
    sources: s.sources,
    verify: s.verify,
    isActive: own ? own.isActive : true,
    version: own ? own.version : null,
  };
}

/** The bundled schemes and the organisation's own entries, each with its row when it is one. */
export async function allSchemes(db: DbOrTx, organizationId: string) {
  const own = await listOwnFundingSchemes(db, organizationId);
  return [
    ...bundledFundingSchemes().map((scheme) => ({ scheme, own: undefined })),
    ...own.map((row) => ({ scheme: ownScheme(row), own: row })),
  ];
}
