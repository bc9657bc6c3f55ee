import {
  type ActionsOf,
  EVERY_ROLE_ORG,
  EVERY_ROLE_SELF,
  type Grants,
  type PolicyTable,
} from '../../platform/access/policy-types';

/** HR or the prevention officer run campaigns (issue 12, item 3). */
const CAMPAIGN_WRITERS: Grants = { hr: 'organization', prevention_officer: 'organization' };
/**
 * Group results: the works council reads aggregated dashboards; a manager sees the released groups
 * inside their own units only (a subset of a safe release is safe). Nobody reads an answer.
 */
const RESULT_READERS: Grants = { ...CAMPAIGN_WRITERS, works_council: 'organization', manager: 'unit' };

/** Vitaliteit: surveys, results, interventions. */
export const vitalityPolicy = {
  'vitality.instrument.read': RESULT_READERS,
  // Uploading a licensed instrument states the organisation's licence: HR only.
  'vitality.instrument.upload': { hr: 'organization' },
  'vitality.campaign.read': RESULT_READERS,
  'vitality.campaign.write': CAMPAIGN_WRITERS,
  'vitality.results.read': RESULT_READERS,
  'vitality.action.create': CAMPAIGN_WRITERS,
  // Everyone answers their own invitations and sees only their own feedback.
  'vitality.survey.answer': EVERY_ROLE_SELF,
  'vitality.intervention.read': EVERY_ROLE_ORG,
  'vitality.intervention.signup': EVERY_ROLE_SELF,
  'vitality.intervention.uptake': { ...CAMPAIGN_WRITERS, works_council: 'organization' },
} as const satisfies PolicyTable;

declare module '../../platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof vitalityPolicy> {}
}
