import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../electron/api/contract';
import type { RequestContext } from '../../../electron/api/context';
import { dispatch, issuesToFields } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import { setLogSink } from '../../../electron/platform/logger';
import { createAppState } from '../../../electron/services/store/app-state';

const ctx = (): RequestContext => ({ app: createAppState({ version: '0.0.0-test' }), transport: 'http' });
const withPing = (impl: () => unknown) => ({ ...handlers, 'system.ping': impl }) as HandlerMap<MethodName>;

let logged: { level: string; message: string; fields: unknown }[] = [];
beforeEach(() => {
  logged = [];
  setLogSink((level, message, fields) => logged.push({ level, message, fields }));
});
afterEach(() => setLogSink(null));

describe('dispatch: what reaches the log', () => {
  it('logs a failing handler by method and error class only, never its message', async () => {
    const result = await dispatch(
      'system.ping',
      { echo: 'x' },
      ctx(),
      withPing(() => {
        throw new TypeError('ת.ז. 012345678 of נועה');
      }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'errors.internal' } });
    expect(logged).toEqual([
      { level: 'error', message: 'handler failed', fields: { method: 'system.ping', error: 'TypeError' } },
    ]);
  });

  it('names a thrown non-Error by its type', async () => {
    await dispatch(
      'system.ping',
      { echo: 'x' },
      ctx(),
      withPing(() => {
        throw 'a bare string with a name in it';
      }),
    );
    expect(logged).toEqual([
      { level: 'error', message: 'handler failed', fields: { method: 'system.ping', error: 'string' } },
    ]);
  });

  it('logs a value outside the output contract by method', async () => {
    await dispatch(
      'system.ping',
      { echo: 'x' },
      ctx(),
      withPing(() => ({ echo: 5 })),
    );
    expect(logged).toEqual([
      { level: 'error', message: 'handler returned a value outside its contract', fields: { method: 'system.ping' } },
    ]);
  });

  it('logs a failure before the handler (validation blowing up) by method and error class', async () => {
    const hostile = Object.defineProperty({}, 'echo', {
      enumerable: true,
      get() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    await dispatch('system.ping', hostile, ctx());
    expect(logged).toEqual([
      {
        level: 'error',
        message: 'dispatch failed before the handler',
        fields: { method: 'system.ping', error: 'RangeError' },
      },
    ]);
  });

  it('logs nothing for a call that succeeds or is refused for its input', async () => {
    await dispatch('system.ping', { echo: 'x' }, ctx());
    await dispatch('system.ping', { echo: 7 }, ctx());
    expect(logged).toEqual([]);
  });
});

describe('dispatch: inputs', () => {
  it('reads a missing input as an empty object', async () => {
    const info = await dispatch('system.info', undefined, ctx());
    expect(info.ok).toBe(true);
    // An empty object is still checked: ping needs its echo.
    expect(await dispatch('system.ping', undefined, ctx())).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'echo', message: 'validation.invalid_type' }] },
    });
  });

  it('names an input that is not an object at all as the root', async () => {
    expect(await dispatch('system.ping', 'echo', ctx())).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: '(root)', message: 'validation.invalid_type' }] },
    });
  });

  it("keeps a schema's own reason and turns any other message into its zod code", () => {
    expect(
      issuesToFields([
        { code: 'custom', path: ['when', 0], message: 'validation.iso_date', input: 'x' },
        { code: 'too_small', path: [], message: 'Too small: expected…', origin: 'string', minimum: 1, input: '' },
      ] as never),
    ).toEqual([
      { path: 'when.0', message: 'validation.iso_date' },
      { path: '(root)', message: 'validation.too_small' },
    ]);
  });
});
