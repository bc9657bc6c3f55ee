import type {
  TAbsenceCase,
  TAbsenceEvaluation,
  TAbsenceNotice,
  TAbsenceNotices,
  TAbsenceNoticesMarked,
  TAbsenceNoticesUnread,
  TAbsencePage,
  TAbsencePlan,
  TAbsenceSignals,
  TAbsenceStats,
  TCapabilities,
  TCorrectReport,
  TCreateCapabilities,
  TCreateEvaluation,
  TCreateMedicalNote,
  TFullRecovery,
  TMedicalNote,
  TMilestoneDone,
  TPartialRecovery,
  TReportSick,
  TSavePlan,
  TUpdateAbsenceCase,
} from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from './client';

export type AbsenceFilter = {
  status: 'open' | 'closed' | 'all';
  unitId?: string;
  overdue?: 'true';
  page: number;
};

const caseKey = (id: string) => ['absence', 'case', id] as const;

export const useAbsences = (filter: AbsenceFilter, enabled = true) =>
  useQuery({
    enabled,
    queryKey: ['absence', 'list', filter],
    queryFn: () => api<TAbsencePage>('/api/v1/absences', { query: { pageSize: 25, ...filter } }),
    placeholderData: keepPreviousData,
  });

export const useAbsence = (id: string) =>
  useQuery({
    queryKey: caseKey(id),
    queryFn: () => api<TAbsenceCase>(`/api/v1/absences/${encodeURIComponent(id)}`),
  });

/** Every mutation on a case answers with the whole case: put it in the cache, refresh the lists. */
const useCaseMutation = <B>(
  id: string,
  path: string,
  method: 'POST' | 'PUT' | 'PATCH',
  versioned = false,
) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api<TAbsenceCase>(`/api/v1/absences/${encodeURIComponent(id)}${path}`, { method, body }),
    meta: { hasForm: true, versioned },
    onSuccess: (c) => {
      qc.setQueryData(caseKey(id), c);
      void qc.invalidateQueries({ queryKey: ['absence', 'list'] });
      void qc.invalidateQueries({ queryKey: ['absence', 'signals'] });
    },
  });
};

export const useReportSick = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TReportSick) => api<TAbsenceCase>('/api/v1/absences', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: (c) => {
      qc.setQueryData(caseKey(c.id), c);
      void qc.invalidateQueries({ queryKey: ['absence'] });
    },
  });
};

export const usePartialRecovery = (id: string) =>
  useCaseMutation<TPartialRecovery>(id, '/partial-recovery', 'POST');
export const useFullRecovery = (id: string) => useCaseMutation<TFullRecovery>(id, '/recovery', 'POST');
export const useMarkMilestone = (id: string, key: string) =>
  useCaseMutation<TMilestoneDone>(id, `/milestones/${encodeURIComponent(key)}`, 'PUT');

export const useSavePlan = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TSavePlan) =>
      api<TAbsencePlan>(`/api/v1/absences/${encodeURIComponent(id)}/plan`, { method: 'PUT', body }),
    meta: { hasForm: true, versioned: true },
    onSuccess: (plan) => {
      qc.setQueryData<TAbsenceCase>(caseKey(id), (c) => (c ? { ...c, plan } : c));
    },
  });
};

export const useAddEvaluation = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateEvaluation) =>
      api<TAbsenceEvaluation>(`/api/v1/absences/${encodeURIComponent(id)}/evaluations`, {
        method: 'POST',
        body,
      }),
    meta: { hasForm: true },
    // the evaluation may complete an evaluation milestone: reload the case
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['absence'] }),
  });
};

/** Medical notes: only fetched for the occupational physician (every read is audited). */
export const useMedicalNotes = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['absence', 'medical', id],
    queryFn: () => api<{ items: TMedicalNote[] }>(`/api/v1/absences/${encodeURIComponent(id)}/medical-notes`),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useAddMedicalNote = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateMedicalNote) =>
      api<TMedicalNote>(`/api/v1/absences/${encodeURIComponent(id)}/medical-notes`, { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: (note) =>
      qc.setQueryData<{ items: TMedicalNote[] }>(['absence', 'medical', id], (old) => ({
        items: [note, ...(old?.items ?? [])],
      })),
  });
};

export const useShareCapabilities = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateCapabilities) =>
      api<TCapabilities>(`/api/v1/absences/${encodeURIComponent(id)}/capabilities`, { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: caseKey(id) }),
  });
};

export const useAbsenceSignals = (enabled: boolean) =>
  useQuery({
    queryKey: ['absence', 'signals'],
    queryFn: () => api<TAbsenceSignals>('/api/v1/absence-signals'),
    enabled,
  });

export type StatsQuery = { from: string; to: string; unitId?: string; groupBy: 'unit' | 'ageBand' | 'month' };

export const useAbsenceStats = (query: StatsQuery) =>
  useQuery({
    queryKey: ['absence', 'stats', query],
    queryFn: () => api<TAbsenceStats>('/api/v1/absence-stats', { query }),
    placeholderData: keepPreviousData,
  });

export const exportAbsenceStats = (format: 'csv' | 'xlsx', query: StatsQuery) =>
  download('/api/v1/absence-stats/export', { ...query, format }, `verzuim.${format}`);

export const downloadDeadlines = () => download('/api/v1/me/deadlines.ics', {}, 'inzetbaar-termijnen.ics');

export const useCorrectReport = (id: string, reportId: string) =>
  useCaseMutation<TCorrectReport>(id, `/reports/${encodeURIComponent(reportId)}`, 'PATCH', true);

export const useUpdateAbsenceCase = (id: string) =>
  useCaseMutation<TUpdateAbsenceCase>(id, '', 'PATCH', true);

export type AbsenceNotice = TAbsenceNotice;

const noticesKey = ['absence', 'notices'] as const;

/** The reminder job's in-app notices for the signed-in user, with the number of unread tasks. */
export const useAbsenceNotices = () =>
  useQuery({
    queryKey: [...noticesKey, 'list'],
    queryFn: () => api<TAbsenceNotices>('/api/v1/me/absence-notices'),
  });

/** Tasks with an unread notice, for the nav badge (a count only; looked at again every 5 minutes). */
export const useUnreadNotices = (enabled: boolean) =>
  useQuery({
    queryKey: [...noticesKey, 'unread'],
    queryFn: () => api<TAbsenceNoticesUnread>('/api/v1/me/absence-notices/unread'),
    enabled,
    refetchInterval: 5 * 60_000,
  });

const useNoticeMutation = <V>(path: (v: V) => string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => api<TAbsenceNoticesMarked>(path(v), { method: 'POST' }),
    onSuccess: (r) => {
      qc.setQueryData([...noticesKey, 'unread'], { unread: r.unread });
      void qc.invalidateQueries({ queryKey: noticesKey });
    },
  });
};

/** Mark one notice read (the server marks the older notices of the same task with it). */
export const useMarkNoticeRead = () =>
  useNoticeMutation<string>((id) => `/api/v1/me/absence-notices/${encodeURIComponent(id)}/read`);

export const useMarkAllNoticesRead = () =>
  useNoticeMutation<void>(() => '/api/v1/me/absence-notices/read-all');
