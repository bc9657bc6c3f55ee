import type { TPeopleImport } from '@inzetbaar/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const useUploadImport = () =>
  useMutation({
    mutationFn: (file: File) => {
      const formData = new FormData();
      formData.append('file', file);
      return api<TPeopleImport>('/api/v1/people-imports', { method: 'POST', formData });
    },
  });

export const useConfirmImport = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<TPeopleImport>(`/api/v1/people-imports/${encodeURIComponent(id)}/confirm`, { method: 'POST' }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['people'] });
      void qc.invalidateQueries({ queryKey: ['units'] });
    },
  });
};
