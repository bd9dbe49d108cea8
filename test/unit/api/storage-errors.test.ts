import path from 'node:path';
import Database, { SqliteError } from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageFailureKey } from '../../../db/errors';
import { dispatch } from '../../../electron/api/dispatch';
import { handlers } from '../../../electron/api/handlers';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import type { MethodName } from '../../../electron/api/contract';
import { describeError, english } from '../../../electron/cli/io';
import { registerCommand, runCli } from '../../../electron/cli/main';
import { setLogSink } from '../../../electron/platform/logger';
import { createAppState } from '../../../electron/services/store/app-state';
import { tempDir } from '../../fixtures/temp-dir';
import heMessages from '../../../electron/api/messages.he.json';

const failing = (error: unknown) =>
  ({
    ...handlers,
    'system.ping': () => {
      throw error;
    },
  }) as HandlerMap<MethodName>;

const ping = (error: unknown) =>
  dispatch(
    'system.ping',
    { echo: 'x' },
    { app: createAppState({ version: 'test' }), transport: 'http' },
    failing(error),
  );

/** A real SQLITE_READONLY from the engine: a write to a database opened read-only. */
function readOnlyWriteError(): unknown {
  const file = path.join(tempDir('kesher-readonly-'), 'plain.db');
  new Database(file).exec('CREATE TABLE t (x)').close();
  const readOnly = new Database(file, { readonly: true });
  try {
    readOnly.exec('INSERT INTO t VALUES (1)');
  } catch (error) {
    return error;
  } finally {
    readOnly.close();
  }
  throw new Error('the read-only database accepted a write');
}

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('a store that cannot be written, in words', () => {
  it.each([
    ['SQLITE_FULL', 'errors.store.disk_full'],
    ['SQLITE_IOERR', 'errors.store.not_writable'],
    ['SQLITE_IOERR_WRITE', 'errors.store.not_writable'],
    ['SQLITE_IOERR_FSYNC', 'errors.store.not_writable'],
    ['SQLITE_READONLY', 'errors.store.not_writable'],
    ['SQLITE_READONLY_DBMOVED', 'errors.store.not_writable'],
    ['SQLITE_CORRUPT', 'errors.store.database_damaged'],
  ])('dispatch answers %s as store_unavailable with %s', async (code, key) => {
    expect(await ping(new SqliteError('details that may name a person', code))).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: key },
    });
  });

  it('keeps other SQLite failures internal', async () => {
    expect(storageFailureKey(new SqliteError('x', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailureKey(new Error('SQLITE_FULL'))).toBeNull();
    expect(await ping(new SqliteError('x', 'SQLITE_CONSTRAINT_UNIQUE'))).toMatchObject({ error: { code: 'internal' } });
  });

  it('answers a real write to a read-only database with the translated message', async () => {
    const error = readOnlyWriteError();
    expect((error as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(await ping(error)).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.store.not_writable' },
    });
    expect(describeError(error)).toBe(english('errors.store.not_writable'));
  });

  it('the CLI prints the disk-full sentence instead of "unexpected failure"', async () => {
    const line = describeError(new SqliteError('x', 'SQLITE_FULL'));
    expect(line).toBe(english('errors.store.disk_full'));
    expect(line).not.toMatch(/unexpected|errors\./);
    expect(heMessages.errors.store.disk_full).toMatch(/[\u0590-\u05FF]/);
    expect(heMessages.errors.store.not_writable).toMatch(/[\u0590-\u05FF]/);
  });

  it('the CLI exits 1 with that sentence when a command hits it', async () => {
    const err: string[] = [];
    const io = { env: {}, out: () => undefined, err: (l: string) => err.push(l) };
    registerCommand('full-disk-probe', () => Promise.reject(new SqliteError('x', 'SQLITE_FULL')));
    expect(await runCli(['full-disk-probe'], io)).toBe(1);
    expect(err).toEqual([`kesher: ${english('errors.store.disk_full')}`]);
  });
});
