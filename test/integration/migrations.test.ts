import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, loadMigrations, migrate, schemaVersion, type Migration } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { AGE_ORDER_KEY } from '../../db/schema/participants';
import { tolerantKey } from '../../electron/domain/name-keys';
import { migrationFixtures, type VersionFixtures } from '../fixtures/migration-fixtures';
import { appendAudit, auditEntryHash, verifyAuditChain } from '../../db/repositories/audit';
import { withAuditDevice } from '../../db/audit-device';
import { createEncryptedStore, reopenStore, type TestStore } from '../fixtures/store';
import { tempDir } from '../fixtures/temp-dir';

const MIGRATIONS = loadMigrations();
const LATEST = MIGRATIONS.length;

function tableNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
}

/** The rows as sorted JSON lines over the given columns, for order-free comparison. */
function rowsOf(sqlite: Database.Database, table: string, columns: string[]): string[] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return (sqlite.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][])
    .map((row) => JSON.stringify(row))
    .sort();
}

/** Everything that defines the schema, for "nothing changed" comparisons. */
function schemaDump(sqlite: Database.Database): string[] {
  const sql = "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
  return sqlite.prepare(sql).pluck().all() as string[];
}

function insertFixtures(sqlite: Database.Database, fixtures: VersionFixtures): void {
  for (const [table, rows] of Object.entries(fixtures)) {
    for (const row of rows) {
      const columns = Object.keys(row);
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      sqlite.prepare(sql).run(...Object.values(row));
    }
  }
}

/**
 * A store at `version` that went through every earlier version as an installed app would,
 * with each version's fixture rows written right after that version was applied.
 */
function storeAtVersion(version: number, migrations: Migration[] = MIGRATIONS): TestStore {
  const created = createEncryptedStore({ targetVersion: 0, migrations });
  let store = created.store;
  for (let v = 1; v <= version; v += 1) {
    store.close();
    store = reopenStore(created.file, created.key, { targetVersion: v, migrations });
    insertFixtures(store.sqlite, migrationFixtures[v] ?? {});
  }
  return { ...created, store };
}

function tablesCreatedBy(migration: Migration): string[] {
  const sql = migration.statements.join('\n');
  return [...sql.matchAll(/CREATE (?:VIRTUAL )?TABLE\s+(?:IF NOT EXISTS\s+)?[`"]?(\w+)[`"]?/gi)]
    .map((m) => m[1] as string)
    .filter((name) => !name.startsWith('__new_'));
}

function tablesDroppedBy(migration: Migration): string[] {
  const sql = migration.statements.join('\n');
  return [...sql.matchAll(/DROP TABLE\s+(?:IF EXISTS\s+)?[`"]?(\w+)[`"]?/gi)].map((m) => m[1] as string);
}

describe('every migration, applied to a store at the previous version', () => {
  it.each(MIGRATIONS.map((m) => [m.tag, m] as const))(
    '%s keeps existing rows and adds its tables',
    (_tag, migration) => {
      const { file, key, store } = storeAtVersion(migration.version - 1);
      expect(schemaVersion(store.sqlite)).toBe(migration.version - 1);
      const before = new Map(tableNames(store.sqlite).map((t) => [t, { columns: columnsOf(store.sqlite, t) }]));
      const beforeRows = new Map([...before].map(([t, { columns }]) => [t, rowsOf(store.sqlite, t, columns)]));
      store.close();

      const after = reopenStore(file, key, { targetVersion: migration.version });

      expect(schemaVersion(after.sqlite)).toBe(migration.version);
      const tablesAfter = tableNames(after.sqlite);
      expect(tablesAfter).toEqual(expect.arrayContaining(tablesCreatedBy(migration)));
      const dropped = new Set(tablesDroppedBy(migration));
      for (const [table, { columns }] of before) {
        if (dropped.has(table) && !tablesAfter.includes(table)) continue;
        expect(tablesAfter, `table ${table} kept`).toContain(table);
        const kept = columnsOf(after.sqlite, table).filter((c) => columns.includes(c));
        const projected = (beforeRows.get(table) ?? []).map((line) => {
          const values = JSON.parse(line) as unknown[];
          return JSON.stringify(kept.map((c) => values[columns.indexOf(c)]));
        });
        expect(rowsOf(after.sqlite, table, kept), `rows of ${table}`).toEqual(projected.sort());
      }
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
    },
  );

  it('has fixture rows for every table of the latest schema, so each migration is tried on data', () => {
    const { store } = storeAtVersion(LATEST);
    const empty = tableNames(store.sqlite).filter(
      (t) => store.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() === 0,
    );
    expect(empty, 'add rows for these tables to test/fixtures/migration-fixtures.ts').toEqual([]);
  });
});

describe('0005: caseload orders and the words of names', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0005_'))?.version ?? Number.NaN;

  it('fills the words of every name already indexed, each word once per participant', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    store.sqlite
      .prepare(
        `INSERT INTO participants (id, first_name, last_name, search_name, created_at, updated_at)
         VALUES (900, 'דוד', 'כהן כהן', 'כהן כהן דוד', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    store.close();
    const after = reopenStore(file, key, { targetVersion: version });
    const words = after.sqlite
      .prepare('SELECT participant_id, word, search_name FROM participant_name_words ORDER BY participant_id, word')
      .raw()
      .all();
    expect(words).toContainEqual([900, 'דוד', 'כהן כהן דוד']);
    expect(words.filter((w) => (w as unknown[])[0] === 900)).toEqual([
      [900, 'דוד', 'כהן כהן דוד'],
      [900, 'כהן', 'כהן כהן דוד'],
    ]);
    expect(words).toContainEqual([1, 'אזולאי', 'מרים אזולאי']);
    expect(words).toContainEqual([1, 'מרים', 'מרים אזולאי']);
  });

  it('indexes the age order with the same expression the caseload sorts by', () => {
    const { store } = storeAtVersion(version);
    const sql = store.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'participants_age'").pluck().get();
    expect(sql).toContain(`(${AGE_ORDER_KEY})`);
  });
});

describe('0006: spelling-tolerant keys of name words', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0006_'))?.version ?? Number.NaN;
  // Folded words as search_name holds them: Hebrew full and defective spellings, Latin names
  // with every digraph and doubled letter the skeleton folds, and words of neither script.
  const WORDS = [
    'זילברשטיינ',
    'זילברשטינ',
    'שמואל',
    'שמאל',
    'וולכ',
    'לוי',
    'לייבוביצ',
    'יוספ',
    'חי',
    'או',
    'haddad',
    'schwartz',
    'shapiro',
    'cohen',
    'muller',
    'mueller',
    'yosef',
    'michael',
    'katz',
    'buckley',
    'phillips',
    'thomas',
    'xavier',
    'quinn',
    'walker',
    'ivy',
    'y',
    'ab',
    'a1',
    '007',
  ];

  it('fills the key of every word already indexed exactly as indexing does now', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    const insertPerson = store.sqlite.prepare(
      `INSERT INTO participants (id, first_name, last_name, search_name, created_at, updated_at)
       VALUES (?, 'x', 'x', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    const insertWord = store.sqlite.prepare(
      'INSERT INTO participant_name_words (word, search_name, participant_id) VALUES (?, ?, ?)',
    );
    WORDS.forEach((word, i) => {
      insertPerson.run(1000 + i, word);
      insertWord.run(word, word, 1000 + i);
    });
    store.close();

    const after = reopenStore(file, key, { targetVersion: version });
    const keys = after.sqlite
      .prepare('SELECT word, word_key FROM participant_name_words WHERE participant_id >= 1000 ORDER BY participant_id')
      .raw()
      .all();
    expect(keys).toEqual(WORDS.map((word) => [word, tolerantKey(word)]));
    expect(keys).toContainEqual(['זילברשטיינ', 'זלברשטנ']);
    expect(keys).toContainEqual(['haddad', 'hd']);
    // The fixture people of earlier versions got theirs too.
    const miriam = after.sqlite
      .prepare('SELECT word, word_key FROM participant_name_words WHERE participant_id = 1 ORDER BY word')
      .raw()
      .all();
    expect(miriam).toEqual([
      ['אזולאי', 'אזלאי'],
      ['מרים', 'מרם'],
    ]);
  });
});

describe('0011: the office PC of an audit entry', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0011_'))?.version ?? Number.NaN;

  it('keeps the chain of entries written before it whole, and chains entries that name a device', () => {
    // A real chain written at the previous version (the fixture rows are rows, not a chain).
    const fresh = createEncryptedStore({ targetVersion: version - 1 });
    // Rows as the previous version's appendAudit wrote them (today's writes the new column).
    let prevHash = '0'.repeat(64);
    const insert = fresh.store.sqlite.prepare(
      'INSERT INTO audit_log (seq, at, actor_id, action, entity, entity_id, fields, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)',
    );
    for (const [seq, action, entity, entityId] of [
      [1, 'sign_in', null, null],
      [2, 'record_viewed', 'participant', '7'],
    ] as const) {
      const at = '2026-11-20T08:00:00.000Z';
      const part = { seq, at, actorId: 1, action, entity, entityId, fields: null, outcome: null };
      const hash = auditEntryHash(prevHash, part);
      insert.run(seq, at, 1, action, entity, entityId, prevHash, hash);
      prevHash = hash;
    }
    fresh.store.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('audit.head', ?, '2026-11-20T08:00:00.000Z')")
      .run(JSON.stringify({ seq: 2, hash: prevHash }));
    const now = new Date('2026-11-20T09:00:00Z');
    fresh.store.close();

    const after = reopenStore(fresh.file, fresh.key, { targetVersion: version });
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: true, count: 2 });
    const device = '5b0e6f0a-6c1e-4d55-9b8e-2f7b3c1d9a10';
    withAuditDevice(device, () =>
      appendAudit(after.db, { actorId: 2, action: 'record_updated', entity: 'participant', entityId: 7 }, now),
    );
    appendAudit(after.db, { actorId: 1, action: 'sign_out' }, now);
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: true, count: 4 });
    expect(after.sqlite.prepare('SELECT device_id FROM audit_log ORDER BY seq').pluck().all()).toEqual([
      null,
      null,
      device,
      null,
    ]);
    // The device is part of the hash: naming another PC afterwards breaks the chain.
    after.sqlite.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    after.sqlite
      .prepare('UPDATE audit_log SET device_id = ? WHERE seq = 3')
      .run('00000000-0000-4000-8000-000000000000');
    expect(verifyAuditChain(after.sqlite)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});

describe('0009: the occupation code CRF-1 exports', () => {
  const version = MIGRATIONS.find((m) => m.tag.startsWith('0009_'))?.version ?? Number.NaN;

  it('keeps a four-digit ISCO-08 code written as occupation text as the code, and leaves words alone', () => {
    const { file, key, store } = storeAtVersion(version - 1);
    const insert = store.sqlite.prepare(
      `INSERT INTO participants (id, first_name, last_name, previous_occupation, created_at, updated_at)
       VALUES (?, 'x', 'x', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    const told: [number, string | null][] = [
      [2001, '2411'],
      [2002, ' 5223 '],
      [2003, 'מורה'],
      [2004, '241'],
      [2005, '24111'],
      [2006, null],
    ];
    for (const [id, text] of told) insert.run(id, text);
    store.close();

    const after = reopenStore(file, key, { targetVersion: version });
    const rows = after.sqlite
      .prepare(
        'SELECT id, previous_occupation, previous_occupation_code FROM participants WHERE id >= 2001 ORDER BY id',
      )
      .raw()
      .all();
    expect(rows).toEqual([
      [2001, '2411', '2411'],
      [2002, ' 5223 ', '5223'],
      [2003, 'מורה', null],
      [2004, '241', null],
      [2005, '24111', null],
      [2006, null, null],
    ]);
  });
});

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
