import type { TCreatePerson, TPerson, TUpdatePerson } from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
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

/**
 * Names by id from the list endpoint (first 200, any status). Used to show e.g. a manager's name:
 * GET /people/{id} would record a "file viewed" audit event about someone the user did not open.
 */
export const usePersonIndex = () => {
  const list = useQuery({
    queryKey: ['people', 'index'],
    queryFn: () => api<TPeoplePage>('/api/v1/people', { query: { status: 'all', page: 1, pageSize: 200 } }),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => new Map((list.data?.items ?? []).map((p) => [p.id, p])), [list.data]);
};

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
