import type { TMe } from '@inzetbaar/contracts';
import { type Actor, DEMO_EMAIL_DOMAIN, ROLES_REQUIRING_2FA } from '../../../auth/actor';
import { type Action, scopeFor } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { MODULES } from '../..';
import { organizationRowsByIds } from '../repo/organizations.repo';
import { presentOrganization } from './organization.service';

export function needsTwoFactor(actor: Actor, isDemo: boolean) {
  const required = actor.roles.some((r) => ROLES_REQUIRING_2FA.includes(r.role));
  const exempt = isDemo && actor.email.endsWith(DEMO_EMAIL_DOMAIN);
  return { required, exempt, blocked: required && !exempt && !actor.twoFactorEnabled };
}

export async function getMe(deps: Deps, actor: Actor): Promise<TMe> {
  // one statement for the list and the current one (the actor's organisation is one of its own)
  const rows = await organizationRowsByIds(deps.db, actor.organizationIds);
  const orgs = rows.map((o) => ({ id: o.id, name: o.name }));
  const org = rows.find((o) => o.id === actor.organizationId);
  const tfa = needsTwoFactor(actor, deps.env.isDemo);
  // A module is visible when the actor may perform one of its entry actions.
  const modules = MODULES.filter(
    (m) => m.entry && [m.entry].flat().some((a: Action) => scopeFor(actor, a) !== null),
  ).map((m) => m.name);
  return {
    user: {
      id: actor.userId,
      name: actor.userName,
      email: actor.email,
      twoFactorEnabled: actor.twoFactorEnabled,
    },
    organizations: orgs,
    organization: org ? presentOrganization(org) : null,
    personId: actor.personId,
    roles: actor.roles,
    modules,
    twoFactorRequired: tfa.required,
    twoFactorExempt: tfa.exempt,
    demoMode: deps.env.isDemo,
  };
}
