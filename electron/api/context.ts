import type { Role } from './contracts/roles';
import type { StoreRuntime } from '../services/store/runtime';

export interface Session {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  staffCode: string;
  mustChangePassword: boolean;
  language: 'he' | 'en';
}

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

export interface RequestContext {
  app: AppState;
  transport: 'ipc' | 'http';
}

export function createAppState(init: Partial<AppState> & { version: string }): AppState {
  return { now: () => new Date(), runtime: null, ...init };
}

export function requireRuntime(ctx: RequestContext): StoreRuntime {
  if (!ctx.app.runtime) throw new Error('no store runtime in this context');
  return ctx.app.runtime;
}
