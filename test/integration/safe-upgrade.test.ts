import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import messagesEn from '../../electron/api/messages.en.json';
import messagesHe from '../../electron/api/messages.he.json';
import { dispatch } from '../../electron/api/dispatch';
import { preUpgradeBackupDir } from '../../electron/services/backup/pre-upgrade';
import { verifyBackup } from '../../electron/services/backup/verify';
import { createAppState } from '../../electron/services/store/app-state';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { loadMigrations, schemaVersion, type Migration } from '../../db/migrate';
import { UpgradeFailedError } from '../../db/errors';
import { openDatabase } from '../../db/open';
import { ADMIN, createTestCentre, FakeClock } from '../fixtures/centre';
import { createEncryptedStore, reopenStore } from '../fixtures/store';

const MIGRATIONS = loadMigrations();
const LATEST = MIGRATIONS.length;

/** A new version's migration that works. */
const PLANTED_GOOD: Migration = {
  version: LATEST + 1,
  tag: '9001_planted_notes',
  statements: ['CREATE TABLE `planted_notes` (`id` integer PRIMARY KEY NOT NULL, `text` text)'],
};

/** The next one fails after a statement that did work: nothing of either may remain. */
const PLANTED_FAILING: Migration = {
  version: LATEST + 2,
  tag: '9002_planted_failure',
  statements: [
    'CREATE TABLE `planted_more` (`id` integer PRIMARY KEY NOT NULL)',
    'INSERT INTO `no_such_table` VALUES (1)',
  ],
};

/** Every table's rows and the whole schema, to prove a store is exactly as it was. */
function contentOf(sqlite: Database.Database): { version: number; schema: string[]; rows: Record<string, unknown[]> } {
  const schema = sqlite
    .prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
    .pluck()
    .all() as string[];
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  // Sorted as JSON lines: some tables have no rowid to order by.
  const rowsOf = (table: string) =>
    (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[]).map((row) => JSON.stringify(row)).sort();
  const rows = Object.fromEntries(tables.map((table) => [table, rowsOf(table)]));
  return { version: schemaVersion(sqlite), schema, rows };
}

/** A set-up centre at the current schema, with the app closed and its database key kept for checking. */
async function installedCentre() {
  const clock = new FakeClock();
  const centre = await createTestCentre(clock);
  const key = Buffer.from(centre.runtime.key());
  centre.runtime.close();
  const file = path.join(centre.dir, 'kesher.db');
  const before = reopenStore(file, key);
  const content = contentOf(before.sqlite);
  before.close();
  return { dir: centre.dir, file, key, clock, content };
}

/** The next version of the app, with these migrations, started on the same store folder. */
function nextVersion(dir: string, clock: FakeClock, migrations: Migration[]) {
  const runtime = new StoreRuntime(dir, clock.now, { migrations });
  const app = createAppState({ version: '0.0.0-next', now: clock.now, runtime });
  const signIn = () =>
    dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, { app, transport: 'http' });
  return { runtime, signIn };
}

function preUpgradeBackups(dir: string): string[] {
  const folder = preUpgradeBackupDir(dir);
  return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : [];
}

describe('upgrading an existing store', () => {
  it('a failing migration leaves the store as it was, keeps a verified pre-upgrade backup and says so', async () => {
    const { dir, file, key, clock, content } = await installedCentre();
    const next = nextVersion(dir, clock, [...MIGRATIONS, PLANTED_GOOD, PLANTED_FAILING]);

    const result = await next.signIn();

    expect(result).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.store.upgrade_failed' },
    });
    expect(next.runtime.isOpen).toBe(false);
    next.runtime.close();
    const after = reopenStore(file, key);
    expect(contentOf(after.sqlite)).toEqual(content);
    expect(content.version).toBe(LATEST);

    const backups = preUpgradeBackups(dir);
    expect(backups).toHaveLength(1);
    const verification = verifyBackup(backups[0]!, key, countsOf(content.rows));
    expect(verification.problems).toEqual([]);
    expect(verification.header?.schemaVersion).toBe(LATEST);
    expect(path.basename(backups[0]!)).toMatch(/^kesher-TLV-\d{8}-\d{6}\.kbak$/);
  });

  it('tells the user in Hebrew and English, in words, what happened to the store', () => {
    for (const messages of [messagesHe, messagesEn]) {
      for (const code of ['upgrade_failed', 'upgrade_backup_failed'] as const) {
        const text = messages.errors.store[code];
        expect(text.length).toBeGreaterThan(40);
        expect(text).not.toContain('errors.');
      }
    }
    expect(messagesHe.errors.store.upgrade_failed).toMatch(/[א-ת]/);
    expect(messagesHe.errors.store.upgrade_failed).toContain('pre-upgrade-backups');
    expect(messagesEn.errors.store.upgrade_failed).toContain('pre-upgrade-backups');
  });

  it('does not start the upgrade when the pre-upgrade backup cannot be written', async () => {
    const { dir, file, key, clock, content } = await installedCentre();
    // A file where the backup folder should be: the backup fails before any migration runs.
    writeFileSync(preUpgradeBackupDir(dir), 'not a folder');
    const next = nextVersion(dir, clock, [...MIGRATIONS, PLANTED_GOOD]);

    const result = await next.signIn();

    expect(result).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: 'errors.store.upgrade_backup_failed' },
    });
    next.runtime.close();
    expect(contentOf(reopenStore(file, key).sqlite)).toEqual(content);
  });

  it('a successful upgrade writes exactly one verified backup of the old version, and none once current', async () => {
    const { dir, file, key, clock, content } = await installedCentre();
    const next = nextVersion(dir, clock, [...MIGRATIONS, PLANTED_GOOD]);

    expect((await next.signIn()).ok).toBe(true);
    expect(schemaVersion(next.runtime.sqlite())).toBe(LATEST + 1);
    next.runtime.close();

    const backups = preUpgradeBackups(dir);
    expect(backups).toHaveLength(1);
    const verification = verifyBackup(backups[0]!, key, countsOf(content.rows));
    expect(verification.problems).toEqual([]);
    expect(verification.header?.schemaVersion).toBe(LATEST);

    clock.advance(60_000);
    const again = nextVersion(dir, clock, [...MIGRATIONS, PLANTED_GOOD]);
    expect((await again.signIn()).ok).toBe(true);
    again.runtime.close();
    expect(preUpgradeBackups(dir)).toEqual(backups);
    expect(schemaVersion(reopenStore(file, key, { migrations: [...MIGRATIONS, PLANTED_GOOD] }).sqlite)).toBe(
      LATEST + 1,
    );
  });

  it('writes no pre-upgrade backup for a brand-new store', async () => {
    const { dir } = await createTestCentre();
    expect(preUpgradeBackups(dir)).toEqual([]);
  });
});

describe('the pre-upgrade hook of openDatabase', () => {
  it('runs once per upgrade of an existing store, never for a new or a current one', () => {
    const calls: [number, number][] = [];
    const beforeUpgrade = (_sqlite: Database.Database, from: number, to: number) => void calls.push([from, to]);

    const created = createEncryptedStore({ beforeUpgrade, targetVersion: LATEST - 2 });
    expect(calls).toEqual([]);
    created.store.close();

    reopenStore(created.file, created.key, { beforeUpgrade }).close();
    expect(calls).toEqual([[LATEST - 2, LATEST]]);

    reopenStore(created.file, created.key, { beforeUpgrade }).close();
    expect(calls).toHaveLength(1);
  });

  it('names the migration that failed, and rolls back the ones before it in the same upgrade', () => {
    const created = createEncryptedStore();
    created.store.close();
    const planted = [...MIGRATIONS, PLANTED_GOOD, PLANTED_FAILING];

    let thrown: unknown;
    try {
      openDatabase(created.file, created.key, { migrations: planted });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(UpgradeFailedError);
    expect(thrown).toMatchObject({ code: 'upgrade_failed', migrationTag: '9002_planted_failure' });
    expect((thrown as Error).message).toMatch(/no such table: no_such_table/);
    const reopened = reopenStore(created.file, created.key);
    expect(schemaVersion(reopened.sqlite)).toBe(LATEST);
    expect(
      reopened.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'planted_%'").pluck().get(),
    ).toBe(0);
  });

  it('leaves the store untouched when the hook refuses', () => {
    const created = createEncryptedStore({ targetVersion: LATEST - 1 });
    const content = contentOf(created.store.sqlite);
    created.store.close();
    const refuse = () => {
      throw new Error('no backup');
    };

    expect(() => openDatabase(created.file, created.key, { beforeUpgrade: refuse })).toThrow('no backup');
    expect(contentOf(reopenStore(created.file, created.key, { targetVersion: LATEST - 1 }).sqlite)).toEqual(content);
  });
});

function countsOf(rows: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
}
