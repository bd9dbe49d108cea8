import type { AppState } from '../services/store/app-state';
import type { StoreRuntime } from '../services/store/runtime';

/** One API call as a handler sees it: the shared app state and the transport it came through. */
export interface RequestContext {
  app: AppState;
  transport: 'ipc' | 'http';
  /**
   * The client the call comes from (a window, a browser tab): sessions and idle locks are per
   * client. Calls without one act as the local client (the CLI, tests).
   */
  client?: string;
}

export function requireRuntime(ctx: RequestContext): StoreRuntime {
  if (!ctx.app.runtime) throw new Error('no store runtime in this context');
  return ctx.app.runtime;
}
