import type { Transport } from '../../../electron/api/client';
import type { Result } from '../../../electron/api/result';

const TOKEN_HEADER = 'x-kesher-token';

/**
 * Browser mode's transport: POST /api/<method> on the page's own origin. Uses no DOM
 * globals besides fetch, so it runs (and is tested) under Node as well.
 */
export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch.bind(globalThis)): Transport {
  const notConnected: Result<never> = {
    ok: false,
    error: { code: 'unauthenticated', message: 'errors.browser_token' },
  };
  return async (method, input) => {
    if (!token) return notConnected;
    const response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
    });
    if (response.status === 401) return notConnected;
    // Any other non-200 means the server refused the request before dispatching it; the
    // client turns the throw into a `store_unavailable` result.
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as Result<unknown>;
  };
}
