import { describe, expect, it } from 'vitest';
import { isSessionProblem } from '../../renderer/src/session/api-problems';
import { gateView, type AuthStatus, type GateState } from '../../renderer/src/session/gate-view';
import { heartbeatMs, idleTimeoutMs, testIdleSeconds } from '../../renderer/src/session/idle-timeout';

const session = {
  userId: 1,
  username: 'dana',
  displayName: 'דנה כהן',
  role: 'coordinator' as const,
  staffCode: 'S01',
  mustChangePassword: false,
  language: 'he' as const,
};

function ready(patch: Partial<AuthStatus>): GateState {
  const status: AuthStatus = {
    store: 'ready',
    locked: false,
    session: null,
    lockedUser: null,
    idleLockMinutes: 5,
    centre: null,
    demo: false,
    demoSignIn: null,
    ...patch,
  };
  return { phase: 'ready', status };
}

describe('the screen the gate shows', () => {
  it('follows the store state before anything about sessions', () => {
    expect(gateView(ready({ store: 'needs_setup' }), false)).toBe('setup');
    expect(gateView(ready({ store: 'keyring_missing', session }), false)).toBe('keyring');
    expect(gateView(ready({ store: 'keyring_damaged', locked: true }), true)).toBe('keyring');
  });

  it('shows sign-in without a session, the lock screen for a locked one, the app otherwise', () => {
    expect(gateView(ready({}), false)).toBe('signIn');
    expect(gateView(ready({ locked: true, lockedUser: { displayName: 'דנה' } }), false)).toBe('lock');
    expect(gateView(ready({ session }), false)).toBe('app');
  });

  it('keeps a lock made in the renderer even while the server still reports the session open', () => {
    expect(gateView(ready({ session }), true)).toBe('lock');
    expect(gateView(ready({ session: { ...session, mustChangePassword: true } }), true)).toBe('lock');
  });

  it('drops a renderer lock once the server has nobody signed in, leaving nothing to unlock', () => {
    expect(gateView(ready({}), true)).toBe('signIn');
  });

  it('sends a temporary password to the forced change before the app', () => {
    expect(gateView(ready({ session: { ...session, mustChangePassword: true } }), false)).toBe('changePassword');
  });

  it('passes loading and connection errors through', () => {
    expect(gateView({ phase: 'loading' }, false)).toBe('loading');
    expect(
      gateView({ phase: 'error', error: { code: 'unauthenticated', message: 'errors.browser_token' } }, false),
    ).toBe('error');
  });
});

describe('answers that end the session on screen', () => {
  it('count a server lock and a lost sign-in, not the sign-in throttle that shares the locked code', () => {
    expect(isSessionProblem({ code: 'locked', message: 'errors.auth.session_locked' })).toBe(true);
    expect(isSessionProblem({ code: 'unauthenticated', message: 'errors.unauthenticated' })).toBe(true);
    expect(isSessionProblem({ code: 'locked', message: 'errors.auth.throttled' })).toBe(false);
    expect(isSessionProblem({ code: 'forbidden', message: 'errors.forbidden' })).toBe(false);
  });
});

describe('the idle time', () => {
  it("uses the centre's minutes", () => {
    expect(idleTimeoutMs(5, '', false)).toBe(300_000);
    expect(idleTimeoutMs(5, '', true)).toBe(300_000);
  });

  it('takes ?idleSeconds=N in browser mode only, never in the desktop app', () => {
    expect(idleTimeoutMs(5, '?idleSeconds=3', false)).toBe(3_000);
    expect(idleTimeoutMs(5, '?idleSeconds=3', true)).toBe(300_000);
  });

  it('ignores an idle override that is not a positive whole number', () => {
    for (const search of [
      '?idleSeconds=0',
      '?idleSeconds=-1',
      '?idleSeconds=2.5',
      '?idleSeconds=abc',
      '?idleSeconds=',
    ]) {
      expect(testIdleSeconds(search)).toBeNull();
    }
  });

  it('beats the server well within its idle time, at most once a minute', () => {
    expect(heartbeatMs(300_000)).toBe(60_000);
    expect(heartbeatMs(60_000)).toBe(30_000);
    expect(heartbeatMs(3_000)).toBe(1_500);
  });
});
