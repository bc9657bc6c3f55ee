import type { TApiTokenScope } from '@inzetbaar/contracts';
import { AppError } from '../http/problem';
import type { Action } from './policy-types';

/**
 * What each API-token scope lets a token do, as policy actions. A token acts with the rights of
 * HR (`hr` grants), narrowed to the actions of its scopes. No scope names a medical action
 * (`medical.*`, `medical.document.write`, `capabilities.write`), the documents of a case, the
 * reports for the vertrouwenspersoon or anything personal to one user (own file, notices,
 * surveys): those need a person signed in.
 */
export const SCOPE_ACTIONS: Record<TApiTokenScope, readonly Action[]> = {
  'organization:read': ['organization.read'],
  'units:read': ['unit.read'],
  'units:write': ['unit.write'],
  'people:read': ['person.list', 'person.read', 'person.export'],
  'people:write': ['person.write'],
  'absence:read': ['absence.read', 'absence.signals', 'absence.stats'],
  'absence:write': ['absence.report', 'absence.manage', 'absence.casework'],
  'arbo:read': ['rie.read', 'rie.report.read', 'measure.read', 'accident.read', 'instruction.read'],
  'arbo:write': ['measure.write', 'accident.write', 'instruction.write'],
  'development:read': [
    'llo.taxonomy.read',
    'llo.profile.read',
    'llo.catalogue.read',
    'llo.request.read',
    'llo.budget.read',
    'llo.certificate.read',
    'llo.certificate.expiring',
  ],
  'development:write': ['llo.catalogue.write', 'llo.certificate.write'],
  'audit:read': ['audit.read'],
};

/** Never reachable by a token, whatever a future scope table says (checked by a test too). */
const NEVER = /^(medical\.|capabilities\.)/;

/** The scopes that allow `action` (empty: no token may perform it). */
export const scopesFor = (action: string): TApiTokenScope[] =>
  NEVER.test(action)
    ? []
    : (Object.entries(SCOPE_ACTIONS) as [TApiTokenScope, readonly string[]][])
        .filter(([, actions]) => actions.includes(action))
        .map(([scope]) => scope);

/** Whether a token with `scopes` may perform `action`. */
export const tokenAllows = (scopes: readonly string[], action: string): boolean =>
  scopesFor(action).some((s) => scopes.includes(s));

/** 403 for a token without the scope; the detail names the scopes that would allow the action. */
export function tokenScopeMissing(action: string): AppError {
  const scopes = scopesFor(action);
  return new AppError(
    403,
    'api_token_scope',
    [],
    scopes.length ? `Requires one of the scopes: ${scopes.join(', ')}.` : 'Not available to API tokens.',
  );
}
