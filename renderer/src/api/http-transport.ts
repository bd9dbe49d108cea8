import type { Transport } from '../../../electron/api/client';
import type { Result } from '../../../electron/api/result';

const TOKEN_HEADER = 'x-kesher-token';
const CLIENT_HEADER = 'x-kesher-client';

/** 32 random bytes, base64url: this page's own client secret (see electron/api/transports/http.ts). */
export function newClientSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Browser mode's transport: POST /api/<method> on the page's own origin. Uses no DOM
 * globals besides fetch, so it runs (and is tested) under Node as well.
 */
export function httpTransport(
  token: string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
  client: string = newClientSecret(),
): Transport {
  const notConnected: Result<never> = {
    ok: false,
    error: { code: 'unauthenticated', message: 'errors.browser_token' },
  };
  return async (method, input) => {
    if (!token) return notConnected;
    const response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, [CLIENT_HEADER]: client },
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

/**
 * Closing the tab locks its session: the page's last act is a call that outlives it
 * (`keepalive`) telling the server it is going away. A reload calls again at once and carries
 * on; a tab reopened later from the browser's history meets the lock screen.
 */
export function lockOnClose(
  token: string | null,
  client: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): void {
  if (!token) return;
  addEventListener('pagehide', () => {
    void fetchImpl('/api/auth.closing', {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, [CLIENT_HEADER]: client },
      body: '{}',
      credentials: 'omit',
    }).catch(() => undefined);
  });
}
