import type { Role } from './contracts/roles';

export interface Session {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

/**
 * Process-wide state the handlers share. One desktop window (or one browser-mode tab)
 * serves one signed-in staff member at a time, so the session lives here rather than
 * per request; both transports therefore behave identically.
 */
export interface AppState {
  version: string;
  demo: boolean;
  centre: { code: string; name: string } | null;
  session: Session | null;
  now: () => Date;
}

export interface RequestContext {
  app: AppState;
  transport: 'ipc' | 'http';
}

export function createAppState(init: Partial<AppState> & { version: string }): AppState {
  return { demo: false, centre: null, session: null, now: () => new Date(), ...init };
}
