import type { TCreateUnit, TUnit, TUpdateUnit } from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

const KEY = ['units'] as const;

export const useUnits = () => useQuery({ queryKey: KEY, queryFn: () => api<TUnit[]>('/api/v1/units') });

const useInvalidate = () => {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: KEY });
    void qc.invalidateQueries({ queryKey: ['people'] });
  };
};

export const useCreateUnit = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TCreateUnit) => api<TUnit>('/api/v1/units', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};

export const useUpdateUnit = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateUnit & { id: string }) =>
      api<TUnit>(`/api/v1/units/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: invalidate,
  });
};

export const useDeleteUnit = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/v1/units/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
};
