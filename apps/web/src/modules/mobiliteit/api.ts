import type {
  TCandidates,
  TCreateOpening,
  TCreateReorganisation,
  TMobilityCase,
  TMobilityPreference,
  TOpening,
  TOpportunities,
  TReorganisation,
  TReorganisationDetail,
  TShortageTable,
  TTransitionPlan,
  TUpdateCase,
  TWorksCouncilReport,
} from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/* Mobiliteit: openings, opt-in, opportunities, reorganisations, plans, shortage table. */

type Items<T> = { items: T[] };
const enc = encodeURIComponent;
const KEY = 'mobility';

export const useOpenings = (status: 'open' | 'closed' | 'all' = 'open') =>
  useQuery({
    queryKey: [KEY, 'openings', status],
    queryFn: () => api<Items<TOpening>>('/api/v1/mobility/openings', { query: { status } }),
  });
export const useCandidates = (openingId: string) =>
  useQuery({
    queryKey: [KEY, 'candidates', openingId],
    queryFn: () => api<TCandidates>(`/api/v1/mobility/openings/${enc(openingId)}/candidates`),
  });
export const useCreateOpening = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<TCreateOpening> & Pick<TCreateOpening, 'kind' | 'title'>) =>
      api<TOpening>('/api/v1/mobility/openings', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};
export const useCloseOpening = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (o: { id: string; version: number }) =>
      api<TOpening>(`/api/v1/mobility/openings/${enc(o.id)}`, {
        method: 'PATCH',
        body: { status: 'closed', version: o.version },
      }),
    meta: { versioned: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

export const useOpportunities = (personId: string | null) =>
  useQuery({
    queryKey: [KEY, 'opportunities', personId],
    queryFn: () => api<TOpportunities>(`/api/v1/people/${enc(personId ?? '')}/opportunities`),
    enabled: !!personId,
  });
export const usePreference = (personId: string | null) =>
  useQuery({
    queryKey: [KEY, 'preference', personId],
    queryFn: () => api<TMobilityPreference>(`/api/v1/people/${enc(personId ?? '')}/mobility-preference`),
    enabled: !!personId,
  });
export const useSetPreference = (personId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { isOpenToOtherWork: boolean; version: number | null }) =>
      api<TMobilityPreference>(`/api/v1/people/${enc(personId)}/mobility-preference`, {
        method: 'PUT',
        body,
      }),
    meta: { versioned: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

export const useReorganisations = () =>
  useQuery({
    queryKey: [KEY, 'reorganisations'],
    queryFn: () => api<Items<TReorganisation>>('/api/v1/mobility/reorganisations'),
  });
export const useReorganisation = (id: string) =>
  useQuery({
    queryKey: [KEY, 'reorganisation', id],
    queryFn: () => api<TReorganisationDetail>(`/api/v1/mobility/reorganisations/${enc(id)}`),
  });
export const useWorksCouncilReport = (id: string | null) =>
  useQuery({
    queryKey: [KEY, 'report', id],
    queryFn: () => api<TWorksCouncilReport>(`/api/v1/mobility/reorganisations/${enc(id ?? '')}/report`),
    enabled: !!id,
  });
export const useCreateReorganisation = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateReorganisation) =>
      api<TReorganisation>('/api/v1/mobility/reorganisations', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};
export const useAddCases = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { personIds: string[]; coachPersonId: string | null }) =>
      api<TReorganisationDetail>(`/api/v1/mobility/reorganisations/${enc(id)}/cases`, {
        method: 'POST',
        body,
      }),
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

export const useCaseload = () =>
  useQuery({ queryKey: [KEY, 'cases'], queryFn: () => api<Items<TMobilityCase>>('/api/v1/mobility/cases') });
export const useUpdateCase = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateCase & { id: string }) =>
      api<TMobilityCase>(`/api/v1/mobility/cases/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};
export const usePlan = (caseId: string) =>
  useQuery({
    queryKey: [KEY, 'plan', caseId],
    queryFn: () => api<TTransitionPlan>(`/api/v1/mobility/cases/${enc(caseId)}/plan`),
  });
export const usePlanToPop = (caseId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: 'opening' | 'occupation'; id: string }) =>
      api<{ goals: { id: string; title: string }[] }>(`/api/v1/mobility/cases/${enc(caseId)}/pop-goals`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

export const useShortage = () =>
  useQuery({ queryKey: [KEY, 'shortage'], queryFn: () => api<TShortageTable>('/api/v1/mobility/shortage') });
export const useImportShortage = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const formData = new FormData();
      formData.append('file', file);
      return api<{ fileName: string; rowCount: number }>('/api/v1/mobility/shortage/import', {
        method: 'POST',
        formData,
      });
    },
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

/** ESCO occupations by title (the LLO module's search). */
export const useOccupationSearch = (q: string) =>
  useQuery({
    queryKey: ['esco', 'occupations', q],
    queryFn: () =>
      api<Items<{ uri: string; title: string; iscoGroup: string }>>('/api/v1/llo/esco/occupations', {
        query: { q, top: 10 },
      }),
    enabled: q.trim().length >= 2,
  });
