import type { ApiClient } from '../../../electron/api/client';
import type { KesherEvent } from '../../../electron/api/events';

export type { KesherEvent };

/** What the Electron preload exposes as `window.kesher`; absent in browser mode. */
export interface KesherBridge {
  /** One function per contract method; each resolves to that method's `Result`. */
  readonly call: ApiClient;
  /** Subscribes to main-process events; returns the unsubscribe function. */
  onEvent(listener: (event: KesherEvent) => void): () => void;
}

declare global {
  interface Window {
    readonly kesher?: KesherBridge;
  }
}
