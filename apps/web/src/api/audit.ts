import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { TAuditPage } from './types';

export type AuditFilter = {
  action?: string;
  resourceType?: string;
  actorUserId?: string;
  subjectPersonId?: string;
  from?: string;
  to?: string;
  page: number;
};

export const useAuditEvents = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api<TAuditPage>('/api/v1/audit-events', { query: { pageSize: 50, ...filter } }),
    placeholderData: keepPreviousData,
  });

export const useMyFileAccess = (page: number) =>
  useQuery({
    queryKey: ['file-access', page],
    queryFn: () => api<TAuditPage>('/api/v1/me/file-access', { query: { page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
  });
