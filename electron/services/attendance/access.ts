import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { getSessionWithInstance, type SessionWithInstance } from '../../../db/repositories/attendance';
import type { StoreRuntime } from '../store/runtime';

/**
 * A facilitator works on the instances they facilitate and nothing else; the coordinator on
 * every one. Other roles never reach these methods (the permission matrix refuses them).
 */
export function assertRunsInstance(runtime: StoreRuntime, instance: { facilitatorId: number | null }): void {
  const me = runtime.requireSession();
  if (me.role === 'coordinator') return;
  if (me.role === 'facilitator' && instance.facilitatorId === me.userId) return;
  throw new AppError('forbidden', 'errors.attendance.not_your_workshop');
}

/** The session, after checking the caller runs its instance. */
export function requireOwnSession(runtime: StoreRuntime, sessionId: number): SessionWithInstance {
  const session = getSessionWithInstance(runtime.db(), sessionId);
  if (!session) throw new AppError('not_found', 'errors.attendance.session_not_found');
  assertRunsInstance(runtime, session);
  return session;
}

export function mayMark(runtime: StoreRuntime, session: SessionWithInstance): boolean {
  return session.status !== 'cancelled' && session.date <= todayIso(runtime.now());
}

/** Marks are taken on the session's day or after it, never ahead of it, never at a cancelled one. */
export function requireMarkable(runtime: StoreRuntime, sessionId: number): SessionWithInstance {
  const session = requireOwnSession(runtime, sessionId);
  if (session.status === 'cancelled') throw new AppError('conflict', 'errors.attendance.session_cancelled');
  if (!mayMark(runtime, session)) throw new AppError('conflict', 'errors.attendance.session_in_future');
  return session;
}
