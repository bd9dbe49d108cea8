import type { StoreRuntime } from './runtime';

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
}

export function createAppState(init: Partial<AppState> & { version: string }): AppState {
  return { now: () => new Date(), runtime: null, ...init };
}
