import { describe, expect, it } from 'vitest';
import { createClient, type Transport } from '../../electron/api/client';
import type { MethodName } from '../../electron/api/contract';
import { onSessionProblem, watchSession } from '../../renderer/src/session/api-problems';

function recording(answer: Awaited<ReturnType<Transport>> = { ok: true, value: 'done' }) {
  const calls: Array<[MethodName, unknown]> = [];
  const transport: Transport = (method, input) => {
    calls.push([method, input]);
    return Promise.resolve(answer);
  };
  return { calls, transport };
}

describe('the API client', () => {
  it('sends each method by its name with its input, and hands back the answer', async () => {
    const { calls, transport } = recording();
    const client = createClient(transport);
    expect(await client['system.ping']({ echo: 'hi' })).toEqual({ ok: true, value: 'done' });
    expect(await client['auth.status']({})).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([
      ['system.ping', { echo: 'hi' }],
      ['auth.status', {}],
    ]);
  });

  it('gives the same function for a method each time, so React sees a stable callback', () => {
    const client = createClient(recording().transport);
    expect(client['participants.list']).toBe(client['participants.list']);
  });

  it('turns a transport that throws into store_unavailable', async () => {
    const client = createClient(() => Promise.reject(new Error('socket closed')));
    expect(await client['system.info']({})).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.transport' },
    });
  });

  it('is not mistaken for a promise: awaiting it gives the client back', async () => {
    const client = createClient(recording().transport);
    expect(await Promise.resolve(client)).toBe(client);
  });
});

describe('the session watch over the transport', () => {
  it('tells the gate of a lock or a lost session from any call, and passes every answer on unchanged', async () => {
    const heard: Array<[string, string]> = [];
    const stop = onSessionProblem((error, method) => heard.push([method, error.message]));
    try {
      const locked = { ok: false as const, error: { code: 'locked' as const, message: 'errors.auth.session_locked' } };
      const throttled = { ok: false as const, error: { code: 'locked' as const, message: 'errors.auth.throttled' } };
      const gone = {
        ok: false as const,
        error: { code: 'unauthenticated' as const, message: 'errors.unauthenticated' },
      };
      expect(await createClient(watchSession(recording(locked).transport))['participants.list']({})).toEqual(locked);
      expect(await createClient(watchSession(recording(throttled).transport))['auth.signIn']({} as never)).toEqual(
        throttled,
      );
      expect(await createClient(watchSession(recording(gone).transport))['home.day']({} as never)).toEqual(gone);
      expect(await createClient(watchSession(recording().transport))['system.info']({})).toEqual({
        ok: true,
        value: 'done',
      });
      expect(heard).toEqual([
        ['participants.list', 'errors.auth.session_locked'],
        ['home.day', 'errors.unauthenticated'],
      ]);
    } finally {
      stop();
    }
  });
});
