import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, migrate, schemaVersion, type Migration } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { createEncryptedStore, reopenStore, type TestStore } from '../fixtures/store';
import { tempDir } from '../fixtures/temp-dir';
import {
  LATEST,
  MIGRATIONS,
  columnsOf,
  rowsOf,
  schemaDump,
  storeAtVersion,
  tableNames,
  tablesCreatedBy,
} from '../fixtures/migration-helpers';

describe('migration runner', () => {
  it('migrating an up-to-date store again changes nothing', () => {
    const { file, key, store } = storeAtVersion(LATEST);
    const schema = schemaDump(store.sqlite);
    const rows = tableNames(store.sqlite).map((t) => rowsOf(store.sqlite, t, columnsOf(store.sqlite, t)));

    expect(migrate(store.sqlite, MIGRATIONS)).toBe(LATEST);
    store.close();
    const again = reopenStore(file, key);

    expect(schemaVersion(again.sqlite)).toBe(LATEST);
    expect(schemaDump(again.sqlite)).toEqual(schema);
    expect(tableNames(again.sqlite).map((t) => rowsOf(again.sqlite, t, columnsOf(again.sqlite, t)))).toEqual(rows);
  });

  it('a migration that fails part-way leaves the store at the previous version with none of its tables', () => {
    const last = MIGRATIONS[LATEST - 1] as Migration;
    const broken: Migration[] = [
      ...MIGRATIONS.slice(0, -1),
      { ...last, statements: [...last.statements.slice(0, 1), 'CREATE TABLE broken (', ...last.statements.slice(1)] },
    ];
    const { file, key, store } = storeAtVersion(LATEST - 1);
    const schema = schemaDump(store.sqlite);
    store.close();

    expect(() => openDatabase(file, key, { migrations: broken })).toThrow();

    const reopened = reopenStore(file, key, { targetVersion: LATEST - 1 });
    expect(schemaVersion(reopened.sqlite)).toBe(LATEST - 1);
    expect(schemaDump(reopened.sqlite)).toEqual(schema);
    for (const table of tablesCreatedBy(last)) expect(tableNames(reopened.sqlite)).not.toContain(table);
  });
});

/** A parent table with cascading children, then the rebuild drizzle-kit emits to change a column. */
const PARENT_CHILD: Migration[] = [
  {
    version: 1,
    tag: '0000_parent_child',
    statements: [
      'CREATE TABLE `parent` (`id` integer PRIMARY KEY NOT NULL, `name` text)',
      'CREATE TABLE `child` (`id` integer PRIMARY KEY NOT NULL, `parent_id` integer NOT NULL REFERENCES `parent`(`id`) ON DELETE cascade)',
    ],
  },
  {
    version: 2,
    tag: '0001_parent_name_required',
    statements: [
      'PRAGMA foreign_keys=OFF;',
      "CREATE TABLE `__new_parent` (`id` integer PRIMARY KEY NOT NULL, `name` text DEFAULT '' NOT NULL);",
      'INSERT INTO `__new_parent`("id", "name") SELECT "id", coalesce("name", \'\') FROM `parent`;',
      'DROP TABLE `parent`;',
      'ALTER TABLE `__new_parent` RENAME TO `parent`;',
      'PRAGMA foreign_keys=ON;',
    ],
  },
];

function parentWithChildren(): TestStore {
  const created = createEncryptedStore({ targetVersion: 1, migrations: PARENT_CHILD });
  created.store.sqlite.exec("INSERT INTO parent VALUES (1, 'א'); INSERT INTO child VALUES (1, 1), (2, 1);");
  created.store.close();
  return created;
}

describe('migrations and foreign keys', () => {
  it('rebuilding a referenced table keeps the rows that reference it', () => {
    const { file, key } = parentWithChildren();

    const { sqlite } = reopenStore(file, key, { migrations: PARENT_CHILD });

    expect(schemaVersion(sqlite)).toBe(2);
    expect(sqlite.prepare('SELECT count(*) FROM child').pluck().get()).toBe(2);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('a migration that would leave dangling references is rolled back', () => {
    const { file, key } = parentWithChildren();
    const orphaning: Migration[] = [
      PARENT_CHILD[0] as Migration,
      { version: 2, tag: '0001_drop_parents', statements: ['DELETE FROM parent'] },
    ];

    expect(() => openDatabase(file, key, { migrations: orphaning })).toThrow(/foreign key/);

    const { sqlite } = reopenStore(file, key, { migrations: PARENT_CHILD, targetVersion: 1 });
    expect(schemaVersion(sqlite)).toBe(1);
    expect(sqlite.prepare('SELECT count(*) FROM parent').pluck().get()).toBe(1);
    expect(sqlite.prepare('SELECT count(*) FROM child').pluck().get()).toBe(2);
  });
});

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The CLI's bin.cjs sits beside the package's main entry ("exports" exposes neither it nor package.json).
const drizzleKit = path.join(path.dirname(createRequire(import.meta.url).resolve('drizzle-kit')), 'bin.cjs');

/**
 * Runs `drizzle-kit generate` against the real schema with a throw-away copy of the migrations
 * folder as `out`, so the repository is never written. drizzle-kit prefixes `out` with "./", so
 * it is given relative to the repo root.
 */
function generateIntoCopy(prepare?: (out: string) => void): { output: string; before: string[]; after: string[] } {
  const work = tempDir('kesher-drizzle-');
  const out = path.join(work, 'migrations');
  cpSync(defaultMigrationsDir(), out, { recursive: true });
  prepare?.(out);
  const config = path.join(work, 'drizzle.config.mjs');
  writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: 'sqlite', schema: './db/schema/index.ts', out: path.relative(repoRoot, out) })};\n`,
  );
  const list = () => readdirSync(out).sort();
  const before = list();
  const output = execFileSync(process.execPath, [drizzleKit, 'generate', '--name', 'check', '--config', config], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { output, before, after: list() };
}

describe('committed migrations match the drizzle schema', () => {
  it('drizzle-kit generate finds no schema change to migrate', () => {
    const { output, before, after } = generateIntoCopy();
    expect(output).toContain('No schema changes');
    expect(after).toEqual(before);
  });

  it('drizzle-kit generate does write a migration when the committed ones do not cover the schema', () => {
    // With no committed migrations at all, the whole schema is a change to migrate.
    const { before, after } = generateIntoCopy((out) => {
      rmSync(out, { recursive: true });
      mkdirSync(out);
    });
    expect(after.filter((f) => !before.includes(f))).toContainEqual(expect.stringMatching(/_check\.sql$/));
  });
});
