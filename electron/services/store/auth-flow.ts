import { AppError } from '../../domain/app-error';
import { updateStaff } from '../../../db/repositories/staff';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-data';
import { isDemoSession } from '../demo/demo-session';
import { changeOwnPassword, recoverAccount } from './accounts';
import type { AppState } from './app-state';
import type { StoreRuntime } from './runtime';
import type { Session } from './session';

/**
 * What the app shows before anything else: the store's state, who is signed in or locked out,
 * and, for a demo centre, its accounts. The centre's name stays hidden until someone signs in.
 * `userActive` reports input in the renderer, which keeps the session from idling.
 */
export function authStatus(app: AppState, runtime: StoreRuntime, userActive = false) {
  if (userActive) runtime.touch(true);
  const session = runtime.activeSession();
  const locked = runtime.lockedSession();
  return {
    store: runtime.state(),
    locked: locked !== null,
    session,
    lockedUser: locked ? { displayName: locked.displayName } : null,
    idleLockMinutes: runtime.idleLockMinutes(),
    centre: session ? runtime.centre() : null,
    demo: session ? runtime.isDemo() : isDemoSession(app),
    demoSignIn: isDemoSession(app)
      ? {
          users: DEMO_USERS.map(({ username, displayName, role }) => ({ username, displayName, role })),
          password: DEMO_PASSWORD,
        }
      : null,
  };
}

/** Signing in replaces whoever is signed in, but a locked session must be unlocked or signed out first. */
export function signInReplacing(runtime: StoreRuntime, username: string, password: string): Promise<Session> {
  if (runtime.lockedSession()) throw new AppError('locked', 'errors.auth.session_locked');
  if (runtime.activeSession()) runtime.signOut();
  return runtime.signIn(username, password);
}

export async function changePasswordOfSignedIn(
  runtime: StoreRuntime,
  currentPassword: string,
  newPassword: string,
): Promise<Session> {
  const session = runtime.requireSession();
  return runtime.refreshSession(await changeOwnPassword(runtime, session, currentPassword, newPassword));
}

/** Recovery with the recovery key happens from the sign-in screen, never inside someone's session. */
export async function recoverSignedOut(
  runtime: StoreRuntime,
  username: string,
  recoveryKey: string,
  newPassword: string,
): Promise<void> {
  if (runtime.activeSession() || runtime.lockedSession()) throw new AppError('conflict', 'errors.auth.sign_out_first');
  await recoverAccount(runtime, username, recoveryKey, newPassword);
}

export function setLanguageOfSignedIn(runtime: StoreRuntime, language: Session['language']): Session {
  const session = runtime.requireSession();
  const row = updateStaff(runtime.db(), session.userId, { language });
  if (!row) throw new AppError('not_found');
  return runtime.refreshSession(row);
}
