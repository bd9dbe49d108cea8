import { useMutation, useQuery, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../electron/api/contract';
import { useApi } from './ApiContext';
import { unwrap, type ApiFailure } from './failure';

/**
 * A read through react-query; an error `Result` arrives as `query.error.apiError`.
 * `enabled: false` skips a read this user's role would be refused.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
): UseQueryResult<MethodOutput<M>, ApiFailure> {
  const api = useApi();
  return useQuery<MethodOutput<M>, ApiFailure>({
    queryKey: [method, input],
    queryFn: () => unwrap(api[method](input)),
    enabled: options.enabled ?? true,
  });
}

/**
 * A write through react-query. Failures show a translated notification by default (see
 * the MutationCache in queryClient.ts); pass `{ silent: true }` to handle them inline instead.
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  options: { silent?: boolean } = {},
): UseMutationResult<MethodOutput<M>, ApiFailure, MethodInput<M>> {
  const api = useApi();
  return useMutation<MethodOutput<M>, ApiFailure, MethodInput<M>>({
    mutationFn: (input) => unwrap(api[method](input)),
    meta: { silent: options.silent ?? false },
  });
}
