import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../electron/api/contract';
import type { Result } from '../../../electron/api/result';
import { useApi } from './ApiContext';

/**
 * A call outside react-query's caches. Used for every call that carries a password or a
 * recovery key: a mutation keeps its variables and its answer in the MutationCache after
 * the screen is gone, and neither may outlive the form that held them.
 */
export function useApiAction<M extends MethodName>(
  method: M,
): { run: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>; pending: boolean } {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (input: MethodInput<M>) => {
      setPending(true);
      try {
        return await api[method](input);
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [api, method],
  );
  return { run, pending };
}
