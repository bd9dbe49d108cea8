import { contract, methodNames, type MethodInput, type MethodName, type MethodOutput } from './contract';
import type { Result } from './result';

/** Moves one call to the main process and back; IPC and HTTP each provide one. */
export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export type ApiClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * Builds one typed function per contract method. A transport failure (network down,
 * server gone) becomes a `store_unavailable` result rather than a rejected promise, so
 * callers only ever handle `Result`.
 */
export function createClient(transport: Transport): ApiClient {
  const entries = methodNames.map((method) => [
    method,
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        return await transport(method, input);
      } catch {
        return { ok: false, error: { code: 'store_unavailable', message: 'errors.transport' } };
      }
    },
  ]);
  return Object.fromEntries(entries) as ApiClient;
}

export { contract };
