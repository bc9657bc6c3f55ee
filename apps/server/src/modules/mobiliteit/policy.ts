import {
  type ActionsOf,
  EVERY_ROLE_ORG,
  EVERY_ROLE_SELF,
  type Grants,
  HR_ONLY,
  type PolicyTable,
} from '../../auth/policy-types';

/** HR over the organisation and the coach, who only reaches the cases assigned to them (checked per case). */
const HR_COACH: Grants = { hr: 'organization', coach: 'organization' };

/**
 * Mobiliteit & van-werk-naar-werk (docs/mobility.md §Privacy). Everyone reads the internal openings
 * and their own opportunities; only the person says whether they are open to other work, and only
 * people who did appear as candidates (HR). A coach sees only their own caseload; the works council
 * gets counts only.
 */
export const mobilityPolicy = {
  'mobility.opening.read': EVERY_ROLE_ORG,
  'mobility.opening.write': HR_ONLY,
  'mobility.opening.candidates': HR_ONLY,
  'mobility.preference.own': EVERY_ROLE_SELF,
  'mobility.opportunities.own': EVERY_ROLE_SELF,
  'mobility.reorganisation.list': { hr: 'organization', works_council: 'organization' },
  'mobility.reorganisation.read': HR_ONLY,
  'mobility.reorganisation.write': HR_ONLY,
  'mobility.reorganisation.report': { hr: 'organization', works_council: 'organization' },
  'mobility.case.read': HR_COACH,
  'mobility.case.write': HR_COACH,
  'mobility.plan.read': HR_COACH,
  'mobility.plan.to-pop': HR_COACH,
  'mobility.shortage.read': EVERY_ROLE_ORG,
  'mobility.shortage.import': HR_ONLY,
} as const satisfies PolicyTable;

declare module '../../auth/policy-types' {
  interface PolicyActions extends ActionsOf<typeof mobilityPolicy> {}
}
