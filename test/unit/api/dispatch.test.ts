import fc from 'fast-check';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../../electron/api/contract';
import type { RequestContext } from '../../../electron/api/context';
import { createAppState } from '../../../electron/services/store/app-state';
import { dispatch } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import { AppError } from '../../../electron/api/result';
import { setLogSink } from '../../../electron/platform/logger';
import { translatedApiMessage } from '../../fixtures/api-messages';

const ctx = (): RequestContext => ({ app: createAppState({ version: '0.0.0-test' }), transport: 'http' });

function withHandler(method: MethodName, impl: (...args: never[]) => unknown): HandlerMap<MethodName> {
  return { ...handlers, [method]: impl } as HandlerMap<MethodName>;
}

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('dispatch', () => {
  it('returns invalid_input naming the failing field', async () => {
    const result = await dispatch('system.ping', { echo: 42 }, ctx());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'errors.invalid_input',
        fields: [{ path: 'echo', message: 'validation.invalid_type' }],
      },
    });
  });

  it('rejects unexpected fields in strict inputs', async () => {
    const result = await dispatch('system.ping', { echo: 'x', extra: true }, ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });

  it('answers unknown and prototype-polluting method names with unknown_method', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const result = await dispatch(name, {}, ctx());
      expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: 'errors.unknown_method' } });
    }
  });

  it('passes a valid call through to its handler and validates the output', async () => {
    const result = await dispatch('system.ping', { echo: 'שלום' }, ctx());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ echo: 'שלום' });
  });

  it('turns an AppError into its code and message key', async () => {
    const failing = withHandler('system.ping', () => {
      throw new AppError('not_found', 'errors.participant_not_found');
    });
    const result = await dispatch('system.ping', { echo: 'x' }, ctx(), failing);
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'errors.participant_not_found' } });
  });

  it('hides an unexpected exception behind internal, without its message', async () => {
    const failing = withHandler('system.ping', () => {
      throw new Error('secret detail: 012345678');
    });
    const result = await dispatch('system.ping', { echo: 'x' }, ctx(), failing);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'errors.internal' } });
  });

  it('answers internal, never throws, when validating the input itself throws', async () => {
    const hostile = Object.defineProperty({}, 'echo', {
      enumerable: true,
      get() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    await expect(dispatch('system.ping', hostile, ctx())).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'errors.internal' },
    });
  });

  it('refuses a handler value that breaks the output contract', async () => {
    const wrong = withHandler('system.ping', () => ({ echo: 5 }));
    const result = await dispatch('system.ping', { echo: 'x' }, ctx(), wrong);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'errors.internal' } });
  });

  it('never throws and always returns a well-formed Result, whatever the input (every method)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodNames),
        fc.anything({ withNullPrototype: true }),
        async (method, input) => {
          const result = await dispatch(method, input, ctx());
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(typeof result.error.code).toBe('string');
            expect(translatedApiMessage(result.error.message), result.error.message).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws for object inputs shaped like each method schema with random values', async () => {
    const fieldValues = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.date().map(String));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodNames),
        fc.dictionary(fc.string(), fieldValues),
        async (method, input) => {
          const result = await dispatch(method, input, ctx());
          expect(result).toHaveProperty('ok');
        },
      ),
      { numRuns: 300 },
    );
  });
});
