import { SqliteError } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../electron/api/contract';
import type { RequestContext } from '../../../electron/api/context';
import { dispatch } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import { AppError } from '../../../electron/api/result';
import { setLogSink } from '../../../electron/platform/logger';
import { createAppState } from '../../../electron/services/store/app-state';
import { currentClientId } from '../../../electron/services/store/client-sessions';
import type { StoreRuntime } from '../../../electron/services/store/runtime';
import type { Session } from '../../../electron/services/store/session';
import { currentAuditDevice } from '../../../db/audit-device';

/*
 * What dispatch hands on beyond the input: the caller's client and office PC (which the
 * services read from the async scope), the activity mark, and a nested call as the same caller.
 */

const AT = '2026-11-30T08:00:00.000Z';
type Ping = (input: { echo: string }, ctx: RequestContext) => unknown;
const withPing = (impl: Ping) => ({ ...handlers, 'system.ping': impl }) as HandlerMap<MethodName>;

const coordinator: Session = {
  userId: 7,
  username: 'someone',
  displayName: 'Someone',
  role: 'coordinator',
  staffCode: 'S07',
  mustChangePassword: false,
  language: 'he',
};

/** A runtime that records each activity mark and can be made to fail on it. */
function fakeRuntime(opts: { session?: Session | null; locked?: boolean; touchThrows?: unknown } = {}) {
  const touches: boolean[] = [];
  const runtime = {
    touch(active: boolean) {
      touches.push(active);
      if (opts.touchThrows !== undefined) throw opts.touchThrows;
    },
    activeSession: () => (opts.locked ? null : (opts.session ?? null)),
    get locked() {
      return opts.locked ?? false;
    },
  } as unknown as StoreRuntime;
  return {
    touches,
    ctx: (extra: Partial<RequestContext> = {}): RequestContext => ({
      app: createAppState({ version: 'test', runtime }),
      transport: 'http',
      ...extra,
    }),
  };
}

let logged: { message: string; fields: unknown }[] = [];
beforeEach(() => {
  logged = [];
  setLogSink((_level, message, fields) => logged.push({ message, fields }));
});
afterEach(() => setLogSink(null));

describe('dispatch runs the handler as its caller', () => {
  const whoAmI = withPing(() => ({ echo: `${currentClientId()}|${String(currentAuditDevice())}`, at: AT }));

  it('as the client and office PC the call came from', async () => {
    const { ctx } = fakeRuntime();
    expect(await dispatch('system.ping', { echo: 'x' }, ctx({ client: 'tab-7', device: 'pc-2' }), whoAmI)).toEqual({
      ok: true,
      value: { echo: 'tab-7|pc-2', at: AT },
    });
  });

  it('as the local client on the host itself when the call names neither', async () => {
    const { ctx } = fakeRuntime();
    expect(await dispatch('system.ping', { echo: 'x' }, ctx(), whoAmI)).toEqual({
      ok: true,
      value: { echo: 'local|null', at: AT },
    });
  });

  it('lets a wrapping method call another one with the same caller’s rights', async () => {
    const wrapping = withPing(async (_input, inner) => {
      const refused = await inner.call!('auth.lock', {});
      const unknown = await inner.call!('no.such', {});
      const nested = refused.ok || unknown.ok ? 'ok' : `${refused.error.code},${unknown.error.code}`;
      return { echo: nested, at: AT };
    });
    const { ctx } = fakeRuntime();
    // No one is signed in, so the inner, session-only method is refused as it would be directly.
    expect(await dispatch('system.ping', { echo: 'x' }, ctx(), wrapping)).toEqual({
      ok: true,
      value: { echo: 'unauthenticated,unknown_method', at: AT },
    });
  });
});

describe('dispatch marks activity', () => {
  it('only for a call that needs the session, checking the idle lock on every call', async () => {
    const { touches, ctx } = fakeRuntime({ session: coordinator });
    await dispatch('system.ping', { echo: 'x' }, ctx());
    await dispatch(
      'auth.lock',
      {},
      ctx(),
      withPing(() => ({})),
    );
    expect(touches).toEqual([false, true]);
  });

  it('answers a store that fails while checking the lock in words, before any handler runs', async () => {
    let ran = false;
    const { ctx } = fakeRuntime({ touchThrows: new SqliteError('details naming a person', 'SQLITE_FULL') });
    const result = await dispatch(
      'system.ping',
      { echo: 'x' },
      ctx(),
      withPing(() => {
        ran = true;
        return { echo: 'x', at: AT };
      }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'store_unavailable', message: 'errors.store.disk_full' } });
    expect(ran).toBe(false);
    expect(logged).toEqual([
      { message: 'store cannot be used', fields: { method: 'system.ping', code: 'SQLITE_FULL' } },
    ]);
  });

  it('passes an expected failure while checking the lock on as thrown', async () => {
    const { ctx } = fakeRuntime({ touchThrows: new AppError('conflict', 'errors.auth.not_locked') });
    expect(await dispatch('system.ping', { echo: 'x' }, ctx())).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'errors.auth.not_locked' },
    });
  });
});

describe('dispatch refusals in words', () => {
  it('refuses a session-only method to a caller who is not signed in', async () => {
    const { ctx } = fakeRuntime();
    expect(await dispatch('auth.lock', {}, ctx())).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'errors.unauthenticated' },
    });
  });

  it('refuses a session-only method on a PC with no store of its own as unauthenticated, not locked', async () => {
    const storeless: RequestContext = { app: createAppState({ version: 'test' }), transport: 'http' };
    expect(await dispatch('auth.lock', {}, storeless)).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'errors.unauthenticated' },
    });
  });

  it('answers internal and logs only the type when reading the input throws something that is not an Error', async () => {
    const hostile = Object.defineProperty({}, 'echo', {
      enumerable: true,
      get() {
        throw 'a bare string naming someone';
      },
    });
    const { ctx } = fakeRuntime();
    expect(await dispatch('system.ping', hostile, ctx())).toEqual({
      ok: false,
      error: { code: 'internal', message: 'errors.internal' },
    });
    expect(logged).toEqual([
      { message: 'dispatch failed before the handler', fields: { method: 'system.ping', error: 'string' } },
    ]);
  });

  it('refuses a method outside the caller’s role, before looking at the input', async () => {
    const { ctx } = fakeRuntime({ session: { ...coordinator, role: 'facilitator' } });
    // The input is wrong too, but a caller learns nothing about a method it may not use.
    expect(await dispatch('participants.exit', { nonsense: true }, ctx())).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'errors.forbidden' },
    });
  });

  it('asks a user with a temporary password to change it first', async () => {
    const { ctx } = fakeRuntime({ session: { ...coordinator, mustChangePassword: true } });
    expect(await dispatch('participants.exit', {}, ctx())).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'errors.password_change_required' },
    });
  });

  it('tells a locked caller the session is locked', async () => {
    const { ctx } = fakeRuntime({ session: coordinator, locked: true });
    expect(await dispatch('auth.lock', {}, ctx())).toEqual({
      ok: false,
      error: { code: 'locked', message: 'errors.auth.session_locked' },
    });
  });

  it('keeps the fields an expected failure names, so the form can mark them', async () => {
    const fields = [{ path: 'echo', message: 'validation.too_long' }];
    const failing = withPing(() => {
      throw new AppError('invalid_input', 'errors.invalid_input', fields);
    });
    const { ctx } = fakeRuntime();
    expect(await dispatch('system.ping', { echo: 'x' }, ctx(), failing)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'errors.invalid_input', fields },
    });
  });

  it('returns the value as the output contract reads it', async () => {
    const { ctx } = fakeRuntime();
    // Keys the contract does not name are dropped, not passed on to the caller.
    const chatty = withPing(() => ({ echo: 'x', at: AT, internal: 'secret' }));
    expect(await dispatch('system.ping', { echo: 'x' }, ctx(), chatty)).toEqual({
      ok: true,
      value: { echo: 'x', at: AT },
    });
  });
});
