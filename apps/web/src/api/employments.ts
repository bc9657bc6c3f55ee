import type { TCreateEmployment, TEmployment, TUpdateEmployment } from '@inzetbaar/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { personKey } from './people';

const useInvalidatePerson = (personId: string) => {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: personKey(personId) });
    void qc.invalidateQueries({ queryKey: ['people'] });
    void qc.invalidateQueries({ queryKey: ['units'] });
  };
};

export const useCreateEmployment = (personId: string) => {
  const invalidate = useInvalidatePerson(personId);
  return useMutation({
    mutationFn: (body: TCreateEmployment) =>
      api<TEmployment>(`/api/v1/people/${encodeURIComponent(personId)}/employments`, {
        method: 'POST',
        body,
      }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};

export const useUpdateEmployment = (personId: string) => {
  const invalidate = useInvalidatePerson(personId);
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateEmployment & { id: string }) =>
      api<TEmployment>(`/api/v1/employments/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: invalidate,
  });
};
