import {
  type ActionsOf,
  EVERY_ROLE_ORG,
  EVERY_ROLE_SELF,
  HR_ONLY,
  type PolicyTable,
} from '../../platform/access/policy-types';

/** Platform actions: organisation, units, people, roles, invitations, imports, audit, own file. */
export const peoplePolicy = {
  'organization.read': EVERY_ROLE_ORG,
  'organization.update': HR_ONLY,
  'unit.read': EVERY_ROLE_ORG,
  'unit.write': HR_ONLY,
  // The physician needs to know who their patients are (never more than the HR file).
  'person.list': { hr: 'organization', manager: 'unit', occupational_physician: 'organization' },
  'person.read': {
    ...EVERY_ROLE_SELF,
    hr: 'organization',
    manager: 'unit',
    occupational_physician: 'organization',
  },
  'person.write': HR_ONLY,
  'person.export': HR_ONLY,
  'role.manage': HR_ONLY,
  'invitation.manage': HR_ONLY,
  'people.import': HR_ONLY,
  'audit.read': HR_ONLY,
  'outbox.read': HR_ONLY,

  'own-file.read': EVERY_ROLE_SELF,
} as const satisfies PolicyTable;

declare module '../../platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof peoplePolicy> {}
}
