import type { Transport } from '../../../electron/api/client';
import type { Result } from '../../../electron/api/result';
import type { KesherBridge } from './bridge-types';
import { TAB_STORAGE } from '../session/tab-storage';
import { httpTransport, lockOnClose, newClientSecret } from './http-transport';
import { takeBrowserToken } from './launch-token';

export type TransportKind = 'ipc' | 'http';

const CLIENT_STORAGE_KEY = TAB_STORAGE.client;

export function bridgeTransport(bridge: KesherBridge): Transport {
  return (method, input) => {
    const call = bridge.call[method] as ((input: unknown) => Promise<Result<unknown>>) | undefined;
    if (call) return call(input);
    return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: 'errors.unknown_method' } });
  };
}

/**
 * This tab's client secret: made once and kept for the tab only, so a reload stays the same
 * client (and finds its own session) while another tab or browser profile is a new one.
 */
export function takeClientSecret(): string {
  try {
    const kept = sessionStorage.getItem(CLIENT_STORAGE_KEY);
    if (kept) return kept;
    const made = newClientSecret();
    sessionStorage.setItem(CLIENT_STORAGE_KEY, made);
    return made;
  } catch {
    return newClientSecret();
  }
}

export function chooseTransport(): { kind: TransportKind; transport: Transport } {
  const bridge = window.kesher;
  if (bridge) return { kind: 'ipc', transport: bridgeTransport(bridge) };
  const token = takeBrowserToken();
  const client = takeClientSecret();
  lockOnClose(token, client);
  return { kind: 'http', transport: httpTransport(token, fetch.bind(globalThis), client) };
}

/**
 * The launch token and this tab's client secret, for the one request that is not an API call:
 * fetching a one-time document (electron/api/transports/http-documents.ts). Null in Electron.
 */
export function browserCredentials(): { token: string; client: string } | null {
  if (window.kesher) return null;
  const token = takeBrowserToken();
  return token ? { token, client: takeClientSecret() } : null;
}
