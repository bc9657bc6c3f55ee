import type { TCreateRoleAssignment, TRoleAssignment } from '@inzetbaar/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { personKey } from './people';

export const useCreateRoleAssignment = (personId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateRoleAssignment) =>
      api<TRoleAssignment>('/api/v1/role-assignments', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: personKey(personId) });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
};

export const useDeleteRoleAssignment = (personId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/api/v1/role-assignments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: personKey(personId) });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
};
