import type { TRetentionReport } from '@inzetbaar/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';

/** The retention dry run: what the daily job removes on its next run and within `horizonDays`. */
export const useRetentionReport = (horizonDays: number) =>
  useQuery({
    queryKey: ['absence', 'retention', horizonDays],
    queryFn: () => api<TRetentionReport>('/api/v1/absence-retention', { query: { horizonDays } }),
    placeholderData: keepPreviousData,
  });
