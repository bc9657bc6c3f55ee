import type {
  TAbsenceDocument,
  TAbsenceDocumentKind,
  TCalendarFeed,
  TCalendarFeedCreated,
} from '@inzetbaar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from './client';

/* Documents of the occupational physician on a case, and the personal calendar feed. */

const docsKey = (caseId: string) => ['absence', 'documents', caseId] as const;
const docsPath = (caseId: string) => `/api/v1/absences/${encodeURIComponent(caseId)}/documents`;

export const useAbsenceDocuments = (caseId: string) =>
  useQuery({
    queryKey: docsKey(caseId),
    queryFn: () => api<{ items: TAbsenceDocument[] }>(docsPath(caseId)),
  });

export type UploadDocument = { kind: TAbsenceDocumentKind; title: string; file: File };

export const useUploadAbsenceDocument = (caseId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, title, file }: UploadDocument) => {
      const formData = new FormData();
      formData.append('kind', kind);
      formData.append('title', title);
      formData.append('file', file);
      return api<TAbsenceDocument>(docsPath(caseId), { method: 'POST', formData });
    },
    meta: { hasForm: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: docsKey(caseId) }),
  });
};

/** Release (with the no-diagnosis confirmation) or withdraw a release. */
export const useReleaseAbsenceDocument = (caseId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, release }: { documentId: string; release: boolean }) =>
      api<TAbsenceDocument>(`${docsPath(caseId)}/${encodeURIComponent(documentId)}/release`, {
        method: release ? 'PUT' : 'DELETE',
        ...(release ? { body: { confirmNoDiagnosis: true } } : {}),
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: docsKey(caseId) }),
  });
};

export const useDeleteAbsenceDocument = (caseId: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      api<null>(`${docsPath(caseId)}/${encodeURIComponent(documentId)}`, { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: docsKey(caseId) }),
  });
};

export const downloadAbsenceDocument = (caseId: string, doc: TAbsenceDocument) =>
  download(`${docsPath(caseId)}/${encodeURIComponent(doc.id)}/content`, {}, doc.fileName);

const feedKey = ['absence', 'calendar-feed'] as const;

export const useCalendarFeed = (enabled: boolean) =>
  useQuery({ enabled, queryKey: feedKey, queryFn: () => api<TCalendarFeed>('/api/v1/me/calendar-feed') });

export const useCreateCalendarFeed = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<TCalendarFeedCreated>('/api/v1/me/calendar-feed', { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedKey }),
  });
};

export const useRevokeCalendarFeed = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>('/api/v1/me/calendar-feed', { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedKey }),
  });
};
