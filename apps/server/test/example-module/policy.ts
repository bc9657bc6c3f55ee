import type { ActionsOf, PolicyTable } from '../../src/platform/access/policy-types';

/** The example module's actions: who may do what, and over which people (scope). */
export const examplePolicy = {
  // hr over the organisation, a manager over the people of their units, everyone over themselves
  'example.kudos.read': { hr: 'organization', manager: 'unit', employee: 'self' },
  // only hr and managers (their units) give kudos
  'example.kudos.give': { hr: 'organization', manager: 'unit' },
} satisfies PolicyTable;

declare module '../../src/platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof examplePolicy> {}
}
