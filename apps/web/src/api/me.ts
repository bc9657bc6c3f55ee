import type { TMe, TRole } from '@inzetbaar/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getStoredOrganizationId, setStoredOrganizationId } from '../lib/storage';
import { api } from './client';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await api<TMe>('/api/v1/me');
    // Forget a remembered organisation the user no longer belongs to.
    const stored = getStoredOrganizationId();
    if (stored && !me.organizations.some((o) => o.id === stored)) setStoredOrganizationId(null);
    return me;
  },
  staleTime: 60_000,
});

export const useMe = () => useQuery(meQuery);

export const hasRole = (me: TMe | undefined, role: TRole): boolean =>
  !!me?.roles.some((r) => r.role === role);

/** hr, occupational_physician and confidential_adviser must have TOTP on, unless exempt (demo accounts in demo mode). */
export const mustSetUpTwoFactor = (me: TMe): boolean =>
  me.twoFactorRequired && !me.twoFactorExempt && !me.user.twoFactorEnabled;
