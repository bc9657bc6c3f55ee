import type { TCreatePerson, TPerson, TUpdatePerson } from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from './client';
import type { TPeoplePage, TPeopleStatus } from './types';

export type PeopleFilter = {
  q?: string;
  unitId?: string;
  status: TPeopleStatus;
  page: number;
  pageSize?: number;
};

export const usePeople = (filter: PeopleFilter, enabled = true) =>
  useQuery({
    queryKey: ['people', filter],
    queryFn: () => api<TPeoplePage>('/api/v1/people', { query: { pageSize: 25, ...filter } }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const personKey = (id: string) => ['person', id] as const;

export const usePerson = (id: string | null) =>
  useQuery({
    queryKey: personKey(id ?? ''),
    queryFn: () => api<TPerson>(`/api/v1/people/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });

export const useCreatePerson = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreatePerson) => api<TPerson>('/api/v1/people', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['people'] });
      void qc.invalidateQueries({ queryKey: ['units'] });
    },
  });
};

export const useUpdatePerson = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdatePerson) =>
      api<TPerson>(`/api/v1/people/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: (person) => {
      qc.setQueryData(personKey(id), person);
      void qc.invalidateQueries({ queryKey: ['people'] });
    },
  });
};

export const exportPeople = (format: 'csv' | 'xlsx', filter: Omit<PeopleFilter, 'page' | 'pageSize'>) =>
  download('/api/v1/people/export', { format, ...filter }, `medewerkers.${format}`);
