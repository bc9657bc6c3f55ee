import type { TRole } from '@inzetbaar/contracts';
import { AppError, forbidden, notFound } from '../http/problem';
import type { Actor } from './actor';

/**
 * The one policy: which role may do what, and over which scope.
 *  - `organization`: everything of the actor's organisation;
 *  - `unit`: people whose current employment is in a unit the actor manages (incl. sub-units);
 *  - `self`: only the actor's own person.
 * Tenant isolation is separate: every repository function filters by organization_id.
 */
export type Scope = 'organization' | 'unit' | 'self';
type Grants = Partial<Record<TRole, Scope>>;

const EVERY_ROLE_ORG: Grants = {
  hr: 'organization',
  manager: 'organization',
  employee: 'organization',
  prevention_officer: 'organization',
  occupational_physician: 'organization',
  works_council: 'organization',
  coach: 'organization',
  confidential_adviser: 'organization',
};
const EVERY_ROLE_SELF: Grants = {
  hr: 'self',
  manager: 'self',
  employee: 'self',
  prevention_officer: 'self',
  occupational_physician: 'self',
  works_council: 'self',
  coach: 'self',
  confidential_adviser: 'self',
};
const HR_ONLY: Grants = { hr: 'organization' };
const ARBO_WRITERS: Grants = { hr: 'organization', prevention_officer: 'organization' };
const ARBO_READERS: Grants = { ...ARBO_WRITERS, works_council: 'organization' };

export const POLICY = {
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
  // Verzuim (issue 3). Medical data: the occupational physician ONLY (docs/architecture.md §5).
  'absence.report': { hr: 'organization', manager: 'unit', employee: 'self' },
  'absence.read': {
    hr: 'organization',
    manager: 'unit',
    employee: 'self',
    occupational_physician: 'organization',
  },
  'absence.manage': { hr: 'organization', manager: 'unit', occupational_physician: 'organization' },
  'absence.signals': { hr: 'organization', manager: 'unit' },
  'absence.stats': { hr: 'organization', manager: 'unit', works_council: 'organization' },
  'absence.notices': EVERY_ROLE_SELF,
  'medical.read': { occupational_physician: 'organization' },
  'medical.write': { occupational_physician: 'organization' },
  'capabilities.write': { occupational_physician: 'organization' },
  // Case documents: a released one is for the case's readers; an unreleased (medical) one, and
  // every upload, release, withdrawal and deletion, for the physician only (domain-rules §2.1).
  'absence.document.read': {
    hr: 'organization',
    manager: 'unit',
    employee: 'self',
    occupational_physician: 'organization',
  },
  'medical.document.read': { occupational_physician: 'organization' },
  'medical.document.write': { occupational_physician: 'organization' },
  // The retention dry run (issue 16): HR sees the employer's records; the physician also whose
  // medical files reach their end (HR gets counts only).
  'absence.retention.read': { hr: 'organization', occupational_physician: 'organization' },
  'own-file.read': EVERY_ROLE_SELF,
  // Arbo & preventie (docs/rie.md §5). Works council reads the RI&E and plan and records consent.
  'arbo.catalogue.read': ARBO_READERS,
  'arbo.catalogue.write': ARBO_WRITERS,
  'rie.read': ARBO_READERS,
  // Everyone takes note of the RI&E and its plan van aanpak: the locked versions, read-only
  // (Arbowet art. 5 and 8; issue 16). Drafts stay with the readers above (rie.service.ts).
  'rie.report.read': EVERY_ROLE_ORG,
  'rie.write': ARBO_WRITERS,
  'rie.consent': { works_council: 'organization' },
  'measure.read': ARBO_READERS,
  'measure.write': ARBO_WRITERS,
  'arbo.duties.read': ARBO_READERS,
  'arbo.duties.write': ARBO_WRITERS,
  'accident.read': ARBO_WRITERS,
  'accident.write': ARBO_WRITERS,
  // Only the participation count is stored, never medical content; the physician may record it too.
  'pago.read': { ...ARBO_READERS, occupational_physician: 'organization' },
  'pago.write': { ...ARBO_WRITERS, occupational_physician: 'organization' },
  'instruction.read': ARBO_WRITERS,
  'instruction.write': ARBO_WRITERS,
  'instruction.own': EVERY_ROLE_SELF,
  // Everyone may report ("aan de bel trekken"). Reading and triage are filtered per report in the
  // service: reports of undesirable behaviour (PSA, Arbowet art. 1 lid 3 e) only for the
  // vertrouwenspersoon (confidential_adviser), all others only for hr and the prevention officer.
  'incident-report.create': EVERY_ROLE_ORG,
  'incident-report.own': EVERY_ROLE_SELF,
  'incident-report.read': { ...ARBO_WRITERS, confidential_adviser: 'organization' },
  'incident-report.triage': { ...ARBO_WRITERS, confidential_adviser: 'organization' },
} as const satisfies Record<string, Grants>;

export type Action = keyof typeof POLICY;

const SCOPE_RANK: Record<Scope, number> = { self: 0, unit: 1, organization: 2 };

/** The widest scope any of the actor's roles grants for `action`, or null. */
export function scopeFor(actor: Actor, action: Action): Scope | null {
  const grants: Grants = POLICY[action];
  let best: Scope | null = null;
  for (const { role } of actor.roles) {
    const scope = grants[role];
    if (scope && (!best || SCOPE_RANK[scope] > SCOPE_RANK[best])) best = scope;
  }
  return best;
}

export type ResourceRef = { personId?: string | null; unitIds?: readonly (string | null)[] };

/**
 * Throws 403 when no role of the actor may perform `action`, and 404 when the resource lies
 * outside the actor's scope (outside-scope resources are indistinguishable from missing ones).
 * Returns the scope so list queries can filter by it.
 */
export function authorize(actor: Actor | null, action: Action, resource?: ResourceRef): Scope {
  if (!actor) throw new AppError(401, 'unauthenticated');
  if (!actor.organizationId) throw new AppError(403, 'no_organization');
  const scope = scopeFor(actor, action);
  if (!scope) throw forbidden();
  if (resource && !inScope(actor, scope, resource)) throw notFound();
  return scope;
}

export function inScope(actor: Actor, scope: Scope, resource: ResourceRef): boolean {
  if (scope === 'organization') return true;
  if (scope === 'self') return !!resource.personId && resource.personId === actor.personId;
  if (resource.personId && resource.personId === actor.personId) return true;
  return (resource.unitIds ?? []).some((u) => u !== null && actor.managedUnitIds.has(u));
}
