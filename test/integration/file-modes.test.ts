import { chmodSync, existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, createTestCentre, ADMIN, type TestApp } from '../fixtures/centre';

const posix = process.platform !== 'win32';

/** Permission bits of every store file that exists now, by name. */
function modes(t: TestApp): Record<string, string> {
  const { dir, db, keyring } = t.runtime.files;
  const entries: [string, string][] = [['(folder)', dir]];
  for (const [name, file] of [
    ['kesher.db', db],
    ['kesher.db-wal', `${db}-wal`],
    ['kesher.db-shm', `${db}-shm`],
    ['keyring.json', keyring],
  ] as const) {
    if (existsSync(file)) entries.push([name, file]);
  }
  return Object.fromEntries(entries.map(([name, file]) => [name, (statSync(file).mode & 0o777).toString(8)]));
}

const OWNER_ONLY = {
  '(folder)': '700',
  'kesher.db': '600',
  'kesher.db-wal': '600',
  'kesher.db-shm': '600',
  'keyring.json': '600',
};

// The most permissive umask there is: the modes must not come from it.
let previousUmask = 0;
beforeAll(() => {
  previousUmask = process.umask(0);
});
afterAll(() => {
  process.umask(previousUmask);
});

describe.runIf(posix)('store file modes on POSIX', () => {
  it('a fresh store: folder 0700, database, WAL, SHM and keyring 0600, even with umask 000', async () => {
    const t = await createTestCentre();
    expect(modes(t)).toEqual(OWNER_ONLY);
  });

  it('after writes and a checkpoint, and after reopening the closed store', async () => {
    const t = await createTestCentre();
    await t.must('prefs.set', { key: 'caseload.columns', value: ['name'] });
    t.runtime.sqlite().pragma('wal_checkpoint(TRUNCATE)');
    await t.must('prefs.set', { key: 'caseload.columns', value: ['name', 'phone'] });
    expect(modes(t)).toEqual(OWNER_ONLY);

    t.runtime.close();
    expect(existsSync(`${t.runtime.files.db}-wal`)).toBe(false);
    const again = openTestApp(t.dir);
    await again.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    await again.must('prefs.set', { key: 'caseload.columns', value: ['status'] });
    expect(modes(again)).toEqual(OWNER_ONLY);
  });

  it('tightens a store whose files were left world-readable by an older version', async () => {
    const t = await createTestCentre();
    t.runtime.close();
    chmodSync(t.runtime.files.db, 0o644);
    const again = openTestApp(t.dir);
    await again.must('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(modes(again)).toEqual(OWNER_ONLY);
  });
});
