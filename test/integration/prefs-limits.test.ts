import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';
import { PREFERENCE_LIMITS } from '../../electron/domain/preference-limits';
import { setOwnPreference } from '../../electron/services/store/preferences';
import { ADMIN, createTestCentre, type TestApp } from '../fixtures/centre';

const CLIENT = 'test-client-secret-0123456789abcdef';

/** `[[[…0…]]]`, `depth` arrays deep, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** The same as JSON text, so the body can be sent without JSON.stringify recursing over it. */
function nestedArraysJson(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

let t: TestApp;
let server: HttpTransport;

beforeAll(async () => {
  t = await createTestCentre();
  server = await startHttpTransport({ context: { app: t.app } });
  // The HTTP caller is a client of its own: it signs in for itself.
  const signedIn = await post('auth.signIn', JSON.stringify({ username: ADMIN.username, password: ADMIN.password }));
  expect(((await signedIn.json()) as { ok: boolean }).ok).toBe(true);
});
afterAll(() => server.close());

function post(method: string, body: string) {
  return fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: CLIENT },
    body,
  });
}

describe('limits on what a user can store as a preference', () => {
  it('keeps a value within the limits, as the column choice does', async () => {
    const columns = ['name', 'status', 'phone', 'coach'];
    expect(await t.call('prefs.set', { key: 'caseload.columns', value: columns })).toEqual({
      ok: true,
      value: { value: columns },
    });
    const atDepthLimit = nestedArrays(PREFERENCE_LIMITS.maxDepth);
    expect((await t.call('prefs.set', { key: 'deep.ok', value: atDepthLimit as never })).ok).toBe(true);
  });

  it('clears a preference set to null instead of failing on the NOT NULL column', async () => {
    await t.must('prefs.set', { key: 'to.clear', value: ['a'] });
    expect(await t.call('prefs.set', { key: 'to.clear', value: null })).toEqual({ ok: true, value: { value: null } });
    expect(await t.must('prefs.get', { key: 'to.clear' })).toEqual({ value: null });
  });

  it('clears the backup folder when it is set to null, found by the signed-in fuzz', async () => {
    await t.must('settings.update', { backupFolder: '/srv/kesher-backups' });
    const cleared = await t.call('settings.update', { backupFolder: null });
    expect(cleared.ok && cleared.value.backupFolder).toBeNull();
    expect((await t.must('settings.get', {})).backupFolder).toBeNull();
  });

  it('refuses a relative backup folder, which would resolve against the directory the app started in', async () => {
    const result = await t.call('settings.update', { backupFolder: 'backups/here' });
    expect(result.ok ? 'accepted' : result.error.fields).toEqual([
      { path: 'backupFolder', message: 'validation.absolute_folder' },
    ]);
    for (const folder of ['/srv/kesher', 'D:\\Backups', 'c:/backups', '\\\\server\\share']) {
      expect((await t.call('settings.update', { backupFolder: folder })).ok, folder).toBe(true);
    }
  });

  it('refuses 5,000-deep nesting through dispatch with a translated reason, not a thrown stack overflow', async () => {
    const result = await t.call('prefs.set', { key: 'deep.bad', value: nestedArrays(5000) as never });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'errors.invalid_input',
        fields: [{ path: 'value', message: 'validation.preference.too_deep' }],
      },
    });
  });

  it('refuses one level past the depth limit, too many entries and too many bytes', async () => {
    const fieldsOf = async (value: unknown) => {
      const result = await t.call('prefs.set', { key: 'limits.probe', value: value as never });
      return result.ok ? 'accepted' : result.error.fields;
    };
    expect(await fieldsOf(nestedArrays(PREFERENCE_LIMITS.maxDepth + 1))).toEqual([
      { path: 'value', message: 'validation.preference.too_deep' },
    ]);
    const manyKeys = Object.fromEntries(
      Array.from({ length: PREFERENCE_LIMITS.maxEntries + 1 }, (_, i) => [`k${i}`, i]),
    );
    expect(await fieldsOf(manyKeys)).toEqual([{ path: 'value', message: 'validation.preference.too_many_entries' }]);
    expect(await fieldsOf('א'.repeat(PREFERENCE_LIMITS.maxBytes))).toEqual([
      { path: 'value', message: 'validation.preference.too_large' },
    ]);
    expect(
      (await t.call('prefs.get', { key: 'limits.probe' })).ok &&
        (await t.must('prefs.get', { key: 'limits.probe' })).value,
    ).toBeNull();
  });

  it('refuses a new key past the per-person limit, and still replaces an existing one', async () => {
    for (let i = 0; i < PREFERENCE_LIMITS.maxKeysPerUser; i += 1) {
      const result = await t.call('prefs.set', { key: `many.k${i}`, value: i });
      if (!result.ok) expect(result.error.message).toBe('errors.prefs.too_many_keys');
    }
    const over = await t.call('prefs.set', { key: 'many.over', value: 1 });
    expect(over.ok ? 'accepted' : over.error.message).toBe('errors.prefs.too_many_keys');
    expect((await t.call('prefs.set', { key: 'caseload.columns', value: ['name'] })).ok).toBe(true);
  });

  it('the service refuses what the contract refuses, for a caller that skips dispatch', () => {
    expect(() => setOwnPreference(t.runtime, 'deep.direct', nestedArrays(5000))).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it('answers 5,000-deep and 15 MB bodies over HTTP with 200 and invalid_input, never 500', async () => {
    const deep = await post('prefs.set', `{"key":"deep.http","value":${nestedArraysJson(5000)}}`);
    expect(deep.status).toBe(200);
    expect(await deep.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'value', message: 'validation.preference.too_deep' }] },
    });
    const big = await post('prefs.set', JSON.stringify({ key: 'big.http', value: 'x'.repeat(15 * 1024 * 1024) }));
    expect(big.status).toBe(200);
    expect(await big.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'value', message: 'validation.preference.too_large' }] },
    });
  });
});
