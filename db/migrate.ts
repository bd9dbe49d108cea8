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
 */
export function migrate(sqlite: Database.Database, migrations: Migration[], target = migrations.length): number {
  const current = schemaVersion(sqlite);
  if (current > migrations.length) {
    throw new StoreError('schema_too_new', `store schema ${current}, app knows ${migrations.length}`);
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    sqlite.transaction(() => {
      for (const statement of migration.statements) sqlite.exec(statement);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(sqlite);
}
