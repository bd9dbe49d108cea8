import { MutationCache, QueryClient } from '@tanstack/react-query';
import { toApiError } from './failure';
import { showApiError } from './notify';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.silent) return;
        showApiError(toApiError(error));
      },
    }),
    defaultOptions: {
      queries: {
        // The server is on this machine: an error is an answer, not a flaky network, and
        // retrying a refused or invalid request only delays the message.
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
