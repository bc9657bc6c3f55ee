import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { TOutboxPage } from './types';

export const useOutbox = (page: number) =>
  useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api<TOutboxPage>('/api/v1/outbox', { query: { page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
  });
