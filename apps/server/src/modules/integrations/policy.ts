import { type ActionsOf, HR_ONLY, type PolicyTable } from '../../platform/access/policy-types';

/** API tokens of integrations: HR only, and only with a session (a token cannot make tokens). */
export const integrationsPolicy = {
  'api-token.manage': HR_ONLY,
} as const satisfies PolicyTable;

declare module '../../platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof integrationsPolicy> {}
}
