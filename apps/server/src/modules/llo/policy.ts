import {
  type ActionsOf,
  EVERY_ROLE_ORG,
  EVERY_ROLE_SELF,
  type Grants,
  HR_ONLY,
  type PolicyTable,
} from '../../auth/policy-types';

/** The person, HR over the organisation, the manager over their units' people. */
const PERSON_HR_MANAGER: Grants = { ...EVERY_ROLE_SELF, hr: 'organization', manager: 'unit' };
/** The two parties of a development talk or a POP: the person and their manager. */
const PERSON_MANAGER: Grants = { ...EVERY_ROLE_SELF, manager: 'unit' };

/**
 * Leven lang ontwikkelen (docs/llo.md §Privacy). The person owns their skills profile; the manager
 * may confirm a skill. The employee's talk preparation is private until shared (checked per talk in
 * the service). The works council sees only the aggregated dashboard.
 */
export const lloPolicy = {
  'llo.taxonomy.read': EVERY_ROLE_ORG,
  'llo.profile.read': PERSON_HR_MANAGER,
  'llo.profile.own': EVERY_ROLE_SELF,
  'llo.profile.confirm': { hr: 'organization', manager: 'unit' },
  'llo.custom-skill.read': EVERY_ROLE_ORG,
  'llo.custom-skill.write': HR_ONLY,
  'llo.role.read': EVERY_ROLE_ORG,
  'llo.role.write': HR_ONLY,
  'llo.talk.read': PERSON_HR_MANAGER,
  'llo.talk.plan': PERSON_HR_MANAGER,
  'llo.talk.write': PERSON_MANAGER,
  'llo.talk.prepare': EVERY_ROLE_SELF,
  'llo.pop.read': PERSON_HR_MANAGER,
  'llo.pop.write': PERSON_MANAGER,
  'llo.catalogue.read': EVERY_ROLE_ORG,
  'llo.catalogue.write': HR_ONLY,
  'llo.budget-rule.read': EVERY_ROLE_ORG,
  'llo.budget-rule.write': HR_ONLY,
  'llo.budget.read': PERSON_HR_MANAGER,
  'llo.request.read': PERSON_HR_MANAGER,
  'llo.request.create': { ...EVERY_ROLE_SELF, hr: 'organization' },
  'llo.request.decide': { hr: 'organization', manager: 'unit' },
  'llo.request.complete': { hr: 'organization', manager: 'unit' },
  'llo.request.cancel': { ...EVERY_ROLE_SELF, hr: 'organization' },
  'llo.funding.read': { hr: 'organization', manager: 'organization' },
  'llo.funding.write': HR_ONLY,
  'llo.funding.check': { hr: 'organization', manager: 'unit' },
  'llo.certificate.read': PERSON_HR_MANAGER,
  'llo.certificate.write': PERSON_HR_MANAGER,
  'llo.certificate.expiring': { hr: 'organization', manager: 'unit' },
  'llo.passport.export': { ...EVERY_ROLE_SELF, hr: 'organization' },
  'llo.dashboard': { hr: 'organization', works_council: 'organization' },
} as const satisfies PolicyTable;

declare module '../../auth/policy-types' {
  interface PolicyActions extends ActionsOf<typeof lloPolicy> {}
}
