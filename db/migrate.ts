import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreError, UpgradeFailedError } from './errors';

export interface Migration {
  /** 1-based: after applying migration N, `PRAGMA user_version` is N. */
  version: number;
  tag: string;
  statements: string[];
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** Finds db/migrations from source (tests, tsx) and from the bundled dist/ alike. */
export function defaultMigrationsDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'db', 'migrations');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    const sibling = path.join(dir, 'migrations');
    if (existsSync(path.join(sibling, 'meta', '_journal.json'))) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('migrations folder not found');
}

/** Reads the committed drizzle-kit migrations in journal order. */
export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry, i) => {
      const sql = readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
      const statements = sql
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
      return { version: i + 1, tag: entry.tag, statements };
    });
}

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export interface MigrateHooks {
  /**
   * Called once before an existing store (schema 1 or later) is upgraded, with the version it
   * is at and the one it will reach; not for a new store or one already current. Throwing
   * stops the upgrade before anything is written: the app writes and verifies its
   * pre-upgrade backup here.
   */
  beforeUpgrade?: (fromVersion: number, toVersion: number) => void;
}

/**
 * Applies every migration above the database's version in one transaction, each with its
 * version bump, so a failure or a crash part-way leaves the store exactly at the version it
 * had (an upgrade across several versions is all or nothing). Refuses a store written by a
 * newer app instead of guessing at its schema. A failed upgrade of an existing store is
 * reported as `upgrade_failed`.
 *
 * Foreign keys are off while migrating: drizzle-kit changes a column by rebuilding the table
 * (copy to __new_x, DROP x, rename), and with them on, DROP x cascades to or is refused by the
 * rows that reference x. Its own `PRAGMA foreign_keys=OFF` is a no-op inside a transaction,
 * so the runner does it, and checks every reference after each migration instead.
 */
export function migrate(
  sqlite: Database.Database,
  migrations: Migration[],
  target = migrations.length,
  hooks: MigrateHooks = {},
): number {
  const current = schemaVersion(sqlite);
  if (current > migrations.length) {
    throw new StoreError('schema_too_new', `store schema ${current}, app knows ${migrations.length}`);
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  const upgrading = current > 0;
  if (upgrading) hooks.beforeUpgrade?.(current, pending[pending.length - 1]!.version);

  const foreignKeysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  let applyingTag = '';
  try {
    sqlite.transaction(() => {
      for (const migration of pending) {
        applyingTag = migration.tag;
        for (const statement of migration.statements) sqlite.exec(statement);
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${migration.tag} leaves ${broken.length} broken foreign key reference(s)`);
        }
        sqlite.pragma(`user_version = ${migration.version}`);
      }
    })();
  } catch (error) {
    if (!upgrading) throw error;
    throw new UpgradeFailedError(applyingTag, error instanceof Error ? error.message : String(error));
  } finally {
    if (foreignKeysWereOn) sqlite.pragma('foreign_keys = ON');
  }
  return schemaVersion(sqlite);
}
