import type { TSetup } from '@inzetbaar/contracts';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { TSetupStatus } from './types';

export const setupStatusQuery = queryOptions({
  queryKey: ['setup-status'],
  queryFn: () => api<TSetupStatus>('/api/setup/status'),
  staleTime: 5 * 60_000,
});

export const useSetupStatus = () => useQuery(setupStatusQuery);

export const useRunSetup = () =>
  useMutation({
    mutationFn: (body: TSetup) => api<unknown>('/api/setup', { method: 'POST', body }),
    meta: { hasForm: true },
  });
