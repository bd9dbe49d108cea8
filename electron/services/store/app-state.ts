import { DocumentHandoff, type DocumentViewer } from '../printing/handoff';
import type { StoreRuntime } from './runtime';
import type { LanHost } from '../lan/host';
import type { LanClient } from '../lan/client';

/**
 * Process-wide state the handlers share. One desktop window (or one browser-mode tab)
 * serves one staff member at a time, so the session lives in the store runtime rather than
 * per request; both transports therefore behave identically.
 */
export interface AppState {
  version: string;
  now: () => Date;
  /** The open centre store; null only in tests of store-less methods. */
  runtime: StoreRuntime | null;
  /** Generated PDFs waiting for their one-time fetch (browser mode); memory only. */
  documents: DocumentHandoff;
  /** The Electron shell's preview window and save dialog; absent outside Electron. */
  documentViewer?: DocumentViewer;
  /** Host mode (this PC serves the centre's other PCs); absent when the shell did not set it up. */
  lanHost?: LanHost;
  /** Client mode (this PC works on the centre PC's store); absent on a PC with its own store. */
  lanClient?: LanClient;
}

export function createAppState(init: Partial<AppState> & { version: string }): AppState {
  const now = init.now ?? (() => new Date());
  return { now, runtime: null, documents: new DocumentHandoff(() => now().getTime()), ...init };
}

/**
 * A new window's first screen is the sign-in form: this PC's store exists and opened. A store to
 * set up, a keyring in trouble or a PC joined to the centre PC decide otherwise, so the page
 * (renderer/src/prerender/boot.ts) waits for the app to ask.
 */
export function signInComesFirst(app: AppState): boolean {
  return app.runtime?.state() === 'ready';
}

/** What any caller may learn about the app; the centre's name lives in the encrypted store, so only a signed-in user sees it. */
export function appInfo(app: AppState) {
  const runtime = app.runtime;
  const signedIn = runtime?.activeSession() ?? null;
  return {
    appName: 'Kesher' as const,
    version: app.version,
    demo: signedIn ? (runtime?.isDemo() ?? false) : false,
    centre: signedIn ? (runtime?.centre() ?? null) : null,
  };
}
