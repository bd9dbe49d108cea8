import type { z } from 'zod';
import type { authStatusSchema } from '../../../electron/api/contracts/auth';
import type { ApiError } from '../../../electron/api/result';

export type AuthStatus = z.infer<typeof authStatusSchema>;
export type Session = NonNullable<AuthStatus['session']>;

export type GateState =
  { phase: 'loading' } | { phase: 'error'; error: ApiError } | { phase: 'ready'; status: AuthStatus };

export type GateView = 'loading' | 'error' | 'setup' | 'keyring' | 'signIn' | 'lock' | 'changePassword' | 'app';

/**
 * Which screen the renderer shows. `lockedHere` is the renderer's own lock (idle, Lock
 * button, OS lock): it holds until an unlock succeeds, even if the server has not caught up,
 * so no answer that raced the lock can bring the app back on screen. It is void once the
 * server has no session at all, because then there is nothing left to unlock.
 */
export function gateView(state: GateState, lockedHere: boolean): GateView {
  if (state.phase !== 'ready') return state.phase;
  const { status } = state;
  if (status.store === 'needs_setup') return 'setup';
  if (status.store === 'keyring_missing' || status.store === 'keyring_damaged') return 'keyring';
  if (status.locked) return 'lock';
  if (!status.session) return 'signIn';
  if (lockedHere) return 'lock';
  if (status.session.mustChangePassword) return 'changePassword';
  return 'app';
}

/** Views in which a staff member is signed in and the idle timer runs. */
export function isSignedInView(view: GateView): boolean {
  return view === 'app' || view === 'changePassword';
}
