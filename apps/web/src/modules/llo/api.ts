import type {
  TAcceptSuggestions,
  TBudgetStatement,
  TCertificate,
  TCompleteLearningRequest,
  TCreateCertificate,
  TCreateGoal,
  TCreateLearningItem,
  TCreateLearningRequest,
  TDecideLearningRequest,
  TFundingCheck,
  TFundingSchemeView,
  TGoal,
  TLearningItem,
  TLearningRequest,
  TLloDashboard,
  TProfileSkill,
  TSavePreparation,
  TSkillLabel,
  TSkillsProfile,
  TTalk,
  TUpdateGoal,
  TUpdateLearningItem,
  TUpdateTalk,
} from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from '../../api/client';

/* Leven lang ontwikkelen: the web side of apps/server/src/modules/llo. */

type Items<T> = { items: T[] };
const enc = encodeURIComponent;
const V1 = '/api/v1';
const person = (id: string) => `${V1}/people/${enc(id)}`;

export type TCertificateType = {
  id: string;
  name: { nl: string; en: string };
  group: string;
  usualValidityMonths: number | null;
};
export type TTalkList = { items: TTalk[]; nextDueOn: string | null };

/** Everything of this module lives under one key, so a change refreshes what depends on it. */
const KEY = 'llo';
const useInvalidate = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [KEY] });
};

// ── taxonomy ──
export const useSkillSearch = (q: string) =>
  useQuery({
    queryKey: [KEY, 'esco-skills', q],
    queryFn: () => api<Items<TSkillLabel>>(`${V1}/llo/esco/skills`, { query: { q, top: 15 } }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

// ── skills profile ──
export const useSkillsProfile = (personId: string) =>
  useQuery({
    queryKey: [KEY, 'profile', personId],
    queryFn: () => api<TSkillsProfile>(`${person(personId)}/skills`),
  });
export const useAddSkill = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { ref: string; level: number }) =>
      api<TProfileSkill>(`${person(personId)}/skills`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useChangeSkill = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, level, version }: { id: string; level: number; version: number }) =>
      api<TProfileSkill>(`${person(personId)}/skills/${enc(id)}`, {
        method: 'PATCH',
        body: { level, version },
      }),
    onSuccess: invalidate,
  });
};
export const useRemoveSkill = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<null>(`${person(personId)}/skills/${enc(id)}`, { method: 'DELETE', query: { version } }),
    onSuccess: invalidate,
  });
};
export const useConfirmSkill = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, level, version }: { id: string; level?: number; version: number }) =>
      api<TProfileSkill>(`${person(personId)}/skills/${enc(id)}/confirm`, {
        method: 'POST',
        body: { level, version },
      }),
    onSuccess: invalidate,
  });
};
export const useAcceptSuggestions = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TAcceptSuggestions) =>
      api<{ added: number }>(`${person(personId)}/skill-suggestions/accept`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useRejectSuggestions = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (refs: string[]) =>
      api<{ rejected: number }>(`${person(personId)}/skill-suggestions/reject`, {
        method: 'POST',
        body: { refs },
      }),
    onSuccess: invalidate,
  });
};

// ── talks ──
export const useTalks = (personId: string) =>
  useQuery({
    queryKey: [KEY, 'talks', personId],
    queryFn: () => api<TTalkList>(`${person(personId)}/talks`),
  });
export const usePlanTalk = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { plannedOn: string }) =>
      api<TTalk>(`${person(personId)}/talks`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useSavePreparation = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TSavePreparation & { id: string }) =>
      api<TTalk>(`${V1}/talks/${enc(id)}/preparation`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
};
export const useSharePreparation = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<TTalk>(`${V1}/talks/${enc(id)}/preparation/share`, { method: 'POST', body: { version } }),
    onSuccess: invalidate,
  });
};
export const useChangeTalk = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateTalk & { id: string }) =>
      api<TTalk>(`${V1}/talks/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
};
export const useConfirmTalk = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<TTalk>(`${V1}/talks/${enc(id)}/confirm`, { method: 'POST', body: { version } }),
    onSuccess: invalidate,
  });
};

// ── POP ──
export const useGoals = (personId: string) =>
  useQuery({
    queryKey: [KEY, 'goals', personId],
    queryFn: () => api<Items<TGoal>>(`${person(personId)}/pop-goals`),
  });
export const useCreateGoal = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TCreateGoal) => api<TGoal>(`${person(personId)}/pop-goals`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useChangeGoal = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateGoal & { id: string }) =>
      api<TGoal>(`${V1}/pop-goals/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
};

// ── catalogue ──
export type CatalogueFilter = { q?: string; skill?: string; kind?: string; includeInactive?: 'true' };
export const useCatalogue = (filter: CatalogueFilter) =>
  useQuery({
    queryKey: [KEY, 'catalogue', filter],
    queryFn: () => api<Items<TLearningItem>>(`${V1}/llo/learning-items`, { query: filter }),
    placeholderData: keepPreviousData,
  });
export const useCreateItem = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TCreateLearningItem) =>
      api<TLearningItem>(`${V1}/llo/learning-items`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useChangeItem = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateLearningItem & { id: string }) =>
      api<TLearningItem>(`${V1}/llo/learning-items/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
};
export type CatalogueImportResult = { created: number; updated: number; dryRun: boolean };
export const useImportCatalogue = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const formData = new FormData();
      formData.append('file', file);
      return api<CatalogueImportResult>(`${V1}/llo/learning-items/import`, {
        method: 'POST',
        query: { dryRun: dryRun ? 'true' : undefined },
        formData,
      });
    },
    onSuccess: invalidate,
  });
};

// ── budget ──
export const useBudget = (personId: string) =>
  useQuery({
    queryKey: [KEY, 'budget', personId],
    queryFn: () => api<TBudgetStatement>(`${person(personId)}/budget`),
  });

// ── requests ──
export const useRequests = (filter: { status?: string; personId?: string }) =>
  useQuery({
    queryKey: [KEY, 'requests', filter],
    queryFn: () => api<Items<TLearningRequest>>(`${V1}/llo/learning-requests`, { query: filter }),
    placeholderData: keepPreviousData,
  });
export const useCreateRequest = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TCreateLearningRequest) =>
      api<TLearningRequest>(`${person(personId)}/learning-requests`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useDecideRequest = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TDecideLearningRequest & { id: string }) =>
      api<TLearningRequest>(`${V1}/llo/learning-requests/${enc(id)}/decision`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useCompleteRequest = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: TCompleteLearningRequest & { id: string }) =>
      api<TLearningRequest>(`${V1}/llo/learning-requests/${enc(id)}/completion`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useCancelRequest = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<TLearningRequest>(`${V1}/llo/learning-requests/${enc(id)}/cancel`, {
        method: 'POST',
        body: { version },
      }),
    onSuccess: invalidate,
  });
};

// ── funding ──
export const useFundingSchemes = (enabled: boolean) =>
  useQuery({
    queryKey: [KEY, 'funding-schemes'],
    queryFn: () => api<Items<TFundingSchemeView>>(`${V1}/llo/funding-schemes`),
    enabled,
  });
export const useFundingCheck = () =>
  useMutation({
    mutationFn: (requestIds: string[]) =>
      api<TFundingCheck>(`${V1}/llo/funding-check`, { method: 'POST', body: { requestIds } }),
  });

// ── certificates ──
export const useCertificateTypes = () =>
  useQuery({
    queryKey: [KEY, 'certificate-types'],
    queryFn: () => api<Items<TCertificateType>>(`${V1}/llo/certificate-types`),
    staleTime: 10 * 60_000,
  });
export const useCertificates = (personId: string) =>
  useQuery({
    queryKey: [KEY, 'certificates', personId],
    queryFn: () => api<Items<TCertificate>>(`${person(personId)}/certificates`),
  });
export const useAddCertificate = (personId: string) => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TCreateCertificate) =>
      api<TCertificate>(`${person(personId)}/certificates`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
};
export const useRemoveCertificate = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<null>(`${V1}/llo/certificates/${enc(id)}`, { method: 'DELETE', query: { version } }),
    onSuccess: invalidate,
  });
};
export const useExpiringCertificates = (withinDays: number, enabled: boolean) =>
  useQuery({
    queryKey: [KEY, 'certificates-expiring', withinDays],
    queryFn: () => api<Items<TCertificate>>(`${V1}/llo/certificates/expiring`, { query: { withinDays } }),
    enabled,
  });

// ── passport, dashboard ──
export const downloadPassport = (personId: string, format: 'pdf' | 'json') =>
  download(`${person(personId)}/skills-passport.${format}`, {}, `vaardighedenpaspoort.${format}`);

export const useLloDashboard = () =>
  useQuery({
    queryKey: [KEY, 'dashboard'],
    queryFn: () => api<TLloDashboard>(`${V1}/llo/dashboard`),
  });

export type TOccupationHit = { uri: string; title: string; iscoGroup: string };
export const useOccupationSearch = (q: string) =>
  useQuery({
    queryKey: [KEY, 'esco-occupations', q],
    queryFn: () => api<Items<TOccupationHit>>(`${V1}/llo/esco/occupations`, { query: { q, top: 15 } }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
