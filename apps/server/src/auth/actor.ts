import type { TRole } from '@inzetbaar/contracts';
import type { ApiTokenActor } from './api-token-actor';

/** Who is making the request, resolved from the session and OUR membership rows. */
export type Actor = {
  userId: string;
  userName: string;
  email: string;
  twoFactorEnabled: boolean;
  /** null when the user has no person in any organisation (e.g. right after setup failed). */
  organizationId: string | null;
  personId: string | null;
  organizationIds: string[];
  roles: { role: TRole; unitId: string | null }[];
  /** Units a manager may see: the units of their manager roles and all sub-units. */
  managedUnitIds: ReadonlySet<string>;
  ip: string | null;
  /** The language last recorded for the actor's person (see services/user-language.ts). */
  language: 'nl' | 'en' | null;
  /** Set when an integration calls with `Authorization: Bearer` (auth/api-token-actor.ts). */
  apiToken?: ApiTokenActor;
};

export const hasRole = (actor: Actor, role: TRole) => actor.roles.some((r) => r.role === role);

/**
 * hr and occupational_physician must use TOTP (issue #2, §5); so must the vertrouwenspersoon, who
 * reads named reports of harassment and bullying (docs/rie.md §5).
 */
export const ROLES_REQUIRING_2FA: readonly TRole[] = ['hr', 'occupational_physician', 'confidential_adviser'];
export const DEMO_EMAIL_DOMAIN = '@demo.inzetbaar.nl';
