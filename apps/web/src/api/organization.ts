import type { TOrganization, TUpdateOrganization } from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const useOrganization = () =>
  useQuery({ queryKey: ['organization'], queryFn: () => api<TOrganization>('/api/v1/organization') });

export const useUpdateOrganization = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateOrganization) =>
      api<TOrganization>('/api/v1/organization', { method: 'PATCH', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: (org) => {
      qc.setQueryData(['organization'], org);
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
};
