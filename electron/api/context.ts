import { AppError } from '../domain/app-error';
import type { AppState } from '../services/store/app-state';
import type { StoreRuntime } from '../services/store/runtime';
import type { Result } from './result';

/** One API call as a handler sees it: the shared app state and the transport it came through. */
export interface RequestContext {
  app: AppState;
  transport: 'ipc' | 'http';
  /**
   * The client the call comes from (a window, a browser tab): sessions and idle locks are per
   * client. Calls without one act as the local client (the CLI, tests).
   */
  client?: string;
  /** The paired office PC the call came through (host mode); absent for the host's own windows. */
  device?: string;
  /**
   * Calls another method as this same caller (permission, validation, session), for a method
   * that wraps another one (printing.prepare); set by dispatch, which the handlers cannot import.
   */
  call?: (method: string, input: unknown) => Promise<Result<unknown>>;
}

export function requireRuntime(ctx: RequestContext): StoreRuntime {
  // A PC without a store of its own (a client not paired yet) answers with a sentence, not a crash.
  if (!ctx.app.runtime)
    throw new AppError(
      'store_unavailable',
      ctx.app.lanClient ? 'errors.lan.not_paired' : 'errors.store.store_not_found',
    );
  return ctx.app.runtime;
}
