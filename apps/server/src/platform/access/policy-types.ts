import type { TRole } from '@inzetbaar/contracts';

export type Scope = 'organization' | 'unit' | 'self';

export type Grants = Partial<Record<TRole, Scope>>;
/** A module's policy actions: action → the scope each role gets. */
export type PolicyTable = Record<string, Grants>;

export const EVERY_ROLE_ORG: Grants = {
  hr: 'organization',
  manager: 'organization',
  employee: 'organization',
  prevention_officer: 'organization',
  occupational_physician: 'organization',
  works_council: 'organization',
  coach: 'organization',
  confidential_adviser: 'organization',
};
export const EVERY_ROLE_SELF: Grants = {
  hr: 'self',
  manager: 'self',
  employee: 'self',
  prevention_officer: 'self',
  occupational_physician: 'self',
  works_council: 'self',
  coach: 'self',
  confidential_adviser: 'self',
};
export const HR_ONLY: Grants = { hr: 'organization' };

/**
 * Every policy action. Each module's `policy.ts` adds its own keys by declaration merging
 * (`declare module '…/auth/policy-types' { interface PolicyActions extends ActionsOf<typeof xPolicy> {} }`), so the
 * action names are checked at compile time without this file naming any module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' policy files
export interface PolicyActions {}
export type ActionsOf<T extends PolicyTable> = { [K in keyof T]: true };
export type Action = keyof PolicyActions & string;
