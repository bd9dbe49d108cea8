import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './result';

/** Moves one call to the main process and back; IPC and HTTP each provide one. */
export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export type ApiClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * Builds one typed function per contract method, on first use. The client needs only the
 * contract's types, not its schemas: importing the contract itself would put zod and every
 * schema into the script that loads before the sign-in form (issue 12, start-up). A name that
 * is not a method reaches the main process like any other and is refused there.
 *
 * A transport failure (network down, server gone) becomes a `store_unavailable` result rather
 * than a rejected promise, so callers only ever handle `Result`.
 */
export function createClient(transport: Transport): ApiClient {
  const made = new Map<string, (input: unknown) => Promise<Result<unknown>>>();
  const methodFor = (method: string) => {
    let call = made.get(method);
    if (!call) {
      call = async (input: unknown): Promise<Result<unknown>> => {
        try {
          return await transport(method as MethodName, input);
        } catch {
          return { ok: false, error: { code: 'store_unavailable', message: 'errors.transport' } };
        }
      };
      made.set(method, call);
    }
    return call;
  };
  return new Proxy({} as ApiClient, {
    // Symbols and `then` are asked by the language and by await, never meant as method names:
    // answering them would make the client look like a promise.
    get: (_target, key) => (typeof key === 'string' && key !== 'then' ? methodFor(key) : undefined),
  });
}
