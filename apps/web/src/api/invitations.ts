import type { TInvitation } from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { TInvitationPreview } from './types';

const KEY = ['invitations'] as const;

export const useInvitations = (enabled = true) =>
  useQuery({ queryKey: KEY, queryFn: () => api<TInvitation[]>('/api/v1/invitations'), enabled });

export const useCreateInvitation = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; email?: string }) =>
      api<TInvitation>('/api/v1/invitations', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: (inv) => {
      void qc.invalidateQueries({ queryKey: KEY });
      void qc.invalidateQueries({ queryKey: ['person', inv.personId] });
      void qc.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
};

export const useRevokeInvitation = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/api/v1/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
};

/** Public: what the invitation link is for (no session needed). */
export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api<TInvitationPreview>('/api/v1/invitations/lookup', { query: { token } }),
    enabled: token.length > 0,
  });

export const acceptInvitation = (body: { token: string; password: string }) =>
  api<unknown>('/api/v1/invitations/accept', { method: 'POST', body });
