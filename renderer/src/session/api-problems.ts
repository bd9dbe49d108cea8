import type { Transport } from '../../../electron/api/client';
import type { MethodName } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/result';

type Listener = (error: ApiError, method: MethodName) => void;

const listeners = new Set<Listener>();

/** Subscribes to answers that say the session on screen no longer exists; returns the unsubscribe. */
export function onSessionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * `locked` means the server locked the session (idle, OS lock), except when it is the
 * sign-in throttle's "wait and try again", which reuses the code. `unauthenticated` means
 * nobody is signed in any more (signed out elsewhere, server restarted).
 */
export function isSessionProblem(error: ApiError): boolean {
  if (error.code === 'locked') return error.message !== 'errors.auth.throttled';
  return error.code === 'unauthenticated';
}

/**
 * Wraps the transport so a session problem reaches the gate whichever screen made the call;
 * the caller still gets the result unchanged. A transport that throws is left to the client,
 * which turns it into `store_unavailable`.
 */
export function watchSession(transport: Transport): Transport {
  return async (method, input) => {
    const result = await transport(method, input);
    if (!result.ok && isSessionProblem(result.error)) {
      for (const listener of listeners) listener(result.error, method);
    }
    return result;
  };
}
