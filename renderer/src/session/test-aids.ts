import type { QueryClient } from '@tanstack/react-query';
import { testIdleSeconds } from './idle-timeout';

declare global {
  interface Window {
    /** Present only in browser mode opened with `?idleSeconds=N` (see idle-timeout.ts). */
    __kesherTest?: { cachedQueries: () => number; cachedMutations: () => number };
  }
}

/**
 * Lets an end-to-end test prove that locking emptied react-query's caches. It reports
 * counts, never contents, and exists only in the test/demo mode the URL asks for.
 */
export function exposeTestDiagnostics(search: string, queryClient: QueryClient): void {
  if (testIdleSeconds(search) === null) return;
  window.__kesherTest = {
    cachedQueries: () => queryClient.getQueryCache().getAll().length,
    cachedMutations: () => queryClient.getMutationCache().getAll().length,
  };
}
