/**
 * Moved to `platform/access/policy-types.ts`. Kept so that module policy files declaring
 * `declare module '…/auth/policy-types'` still merge into the same `PolicyActions` interface.
 */
export * from '../platform/access/policy-types';
