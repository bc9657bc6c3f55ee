import type { TApiToken, TCreateApiToken, TCreatedApiToken } from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const KEY = ['api-tokens'] as const;

export const useApiTokens = () =>
  useQuery({ queryKey: KEY, queryFn: () => api<TApiToken[]>('/api/v1/api-tokens') });

export const useCreateApiToken = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateApiToken) =>
      api<TCreatedApiToken>('/api/v1/api-tokens', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
};

export const useRevokeApiToken = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<TApiToken>(`/api/v1/api-tokens/${encodeURIComponent(id)}/revoke`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
};
