import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreError } from './errors';

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

/**
 * Applies every migration above the database's version, each in its own transaction with
 * the version bump, so a crash leaves the store at a whole version. Refuses a store
 * written by a newer app instead of guessing at its schema.
 *
 * Foreign keys are off while migrating: drizzle-kit changes a column by rebuilding the table
 * (copy to __new_x, DROP x, rename), and with them on, DROP x cascades to or is refused by the
 * rows that reference x. Its own `PRAGMA foreign_keys=OFF` is a no-op inside a transaction,
 * so the runner does it, and checks every reference before each migration commits instead.
 */
export function migrate(sqlite: Database.Database, migrations: Migration[], target = migrations.length): number {
  const current = schemaVersion(sqlite);
  if (current > migrations.length) {
    throw new StoreError('schema_too_new', `store schema ${current}, app knows ${migrations.length}`);
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;

  const foreignKeysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement);
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${migration.tag} leaves ${broken.length} broken foreign key reference(s)`);
        }
        sqlite.pragma(`user_version = ${migration.version}`);
      })();
    }
  } finally {
    if (foreignKeysWereOn) sqlite.pragma('foreign_keys = ON');
  }
  return schemaVersion(sqlite);
}
