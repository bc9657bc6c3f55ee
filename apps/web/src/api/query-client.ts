import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { handleMutationError, redirectIfNeeded } from './errors';
import { isApiError } from './problem';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The body carries `version`: a 409 means a stale write. */
      versioned?: boolean;
      /** The caller maps field errors onto a form. */
      hasForm?: boolean;
      /** The caller shows every error itself (log-in and other public pages). */
      silent?: boolean;
    };
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => void redirectIfNeeded(error) }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => handleMutationError(error, queryClient, mutation.meta),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
