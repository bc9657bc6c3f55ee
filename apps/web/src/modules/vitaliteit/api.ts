import type {
  TCampaign,
  TCampaignResults,
  TCreateAction,
  TCreateCampaign,
  TFeedback,
  TInstrumentSummary,
  TInterventionItem,
  TMySurvey,
  TMySurveyDetail,
  TResponseRate,
  TSaveAnswers,
  TTrend,
  TUpdateCampaign,
  TUptake,
} from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from '../../api/client';

/* Vitaliteit: campaigns and results (HR, prevention officer), my questionnaires, interventions. */

type Items<T> = { items: T[] };
const enc = encodeURIComponent;
const KEY = 'vitality';

export const useInstruments = () =>
  useQuery({
    queryKey: [KEY, 'instruments'],
    queryFn: () => api<Items<TInstrumentSummary>>('/api/v1/survey-instruments'),
    staleTime: 5 * 60_000,
  });

// ── campaigns ──
export const useCampaigns = () =>
  useQuery({
    queryKey: [KEY, 'campaigns'],
    queryFn: () => api<Items<TCampaign>>('/api/v1/survey-campaigns'),
  });
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: [KEY, 'campaign', id],
    queryFn: () => api<TCampaign>(`/api/v1/survey-campaigns/${enc(id)}`),
  });
export const useResponseRate = (id: string) =>
  useQuery({
    queryKey: [KEY, 'campaign', id, 'rate'],
    queryFn: () => api<TResponseRate>(`/api/v1/survey-campaigns/${enc(id)}/response-rate`),
  });
export const useCreateCampaign = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateCampaign) =>
      api<TCampaign>('/api/v1/survey-campaigns', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY] }),
  });
};
export const useUpdateCampaign = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateCampaign) =>
      api<TCampaign>(`/api/v1/survey-campaigns/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY] }),
  });
};

// ── results ──
export const useResults = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [KEY, 'campaign', id, 'results'],
    queryFn: () => api<TCampaignResults>(`/api/v1/survey-campaigns/${enc(id)}/results`),
    enabled,
  });
export const useTrend = (instrumentId: string | undefined) =>
  useQuery({
    queryKey: [KEY, 'trend', instrumentId],
    queryFn: () => api<TTrend>('/api/v1/survey-trends', { query: { instrumentId } }),
    enabled: !!instrumentId,
  });
export const useCreateAction = (campaignId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateAction) =>
      api<{ kind: string; measureId: string | null; offerIds: string[] }>(
        `/api/v1/survey-campaigns/${enc(campaignId)}/actions`,
        { method: 'POST', body },
      ),
    meta: { hasForm: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, 'interventions'] }),
  });
};

// ── my questionnaires ──
export const useMySurveys = () =>
  useQuery({
    queryKey: [KEY, 'mine'],
    queryFn: () => api<Items<TMySurvey>>('/api/v1/my-surveys'),
  });
export const useMySurvey = (id: string) =>
  useQuery({
    queryKey: [KEY, 'mine', id],
    queryFn: () => api<TMySurveyDetail>(`/api/v1/my-surveys/${enc(id)}`),
    // Answers are edited locally; a refetch must not overwrite what the person is typing, and a
    // questionnaire opened again starts from what the server saved (no cached copy).
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
export const useSaveAnswers = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveAnswers) =>
      api<{ status: 'in_progress' }>(`/api/v1/my-surveys/${enc(id)}/answers`, { method: 'PUT', body }),
    // The list shows "in progress" now.
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, 'mine'], exact: true }),
  });
};
export const useSubmitSurvey = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveAnswers) =>
      api<TFeedback>(`/api/v1/my-surveys/${enc(id)}/submit`, { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: (feedback) => {
      qc.setQueryData([KEY, 'feedback', id], feedback);
      return qc.invalidateQueries({ queryKey: [KEY, 'mine'] });
    },
  });
};
export const useFeedback = (id: string) =>
  useQuery({
    queryKey: [KEY, 'feedback', id],
    queryFn: () => api<TFeedback>(`/api/v1/my-surveys/${enc(id)}/feedback`),
  });
export const downloadFeedback = (id: string) =>
  download(`/api/v1/my-surveys/${enc(id)}/feedback.pdf`, {}, 'mijn-uitkomst.pdf');

// ── interventions ──
export const useInterventions = () =>
  useQuery({
    queryKey: [KEY, 'interventions'],
    queryFn: () => api<Items<TInterventionItem>>('/api/v1/interventions'),
  });
export const useUptake = (enabled: boolean) =>
  useQuery({
    queryKey: [KEY, 'interventions', 'uptake'],
    queryFn: () => api<TUptake>('/api/v1/interventions/uptake'),
    enabled,
  });
export const useSignUp = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: boolean }) =>
      api<TInterventionItem>(`/api/v1/interventions/${enc(id)}/sign-up`, { method: on ? 'PUT' : 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [KEY, 'interventions'] }),
  });
};
