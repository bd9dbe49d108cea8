import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../db/errors';
import { loadMigrations, migrate } from '../../db/migrate';
import { applyKey, CIPHER, openDatabase, type Db } from '../../db/open';
import * as schema from '../../db/schema';
import { createEncryptedStore, reopenStore, snapshotFolder } from '../fixtures/store';
import { tempDir } from '../fixtures/temp-dir';

// Distinctive values: none of them can occur by chance in ciphertext of this size.
const HEBREW = ['שלומציון אבוטבול', 'מרכז הכוונה תעסוקתית באר שבע', 'ראיון עבודה במפעל הזכוכית'];
const LATIN = ['zebulun.quartz', 'XQZ-Marmalade-4471', 'Oxbridge-Fjord-9052'];
const SCHEMA_TEXT = ['SQLite format 3', 'CREATE TABLE', 'CREATE INDEX', 'CREATE TRIGGER', 'sqlite_sequence'];

/** Enough rows (a few hundred, with overflow pages) that every page type is on disk. */
function writeDistinctiveRows(db: Db, from = 0, count = 300): void {
  db.transaction((tx) => {
    for (let i = from; i < from + count; i += 1) {
      tx.insert(schema.staff)
        .values({
          username: `${LATIN[0]}${i}`,
          displayName: `${HEBREW[0]} ${i}`,
          role: 'coach',
          staffCode: `S${String(i + 1).padStart(4, '0')}`,
          createdAt: '2026-11-01T08:00:00.000Z',
        })
        .run();
    }
    tx.insert(schema.settings)
      .values({
        key: `centre.note.${from}`,
        value: { name: HEBREW[1], code: LATIN[1], long: `${HEBREW[2]} ${LATIN[2]} `.repeat(200) },
        updatedAt: '2026-11-01T08:00:00.000Z',
      })
      .run();
  });
}

function tableAndIndexNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")
    .pluck()
    .all() as string[];
}

/** Start offsets of runs of `min`+ Hebrew letters (U+05D0–U+05EA, UTF-8 D7 90–D7 AA). */
function hebrewRuns(bytes: Buffer, min = 4): number[] {
  const found: number[] = [];
  let run = 0;
  for (let i = 0; i + 1 < bytes.length;) {
    if (bytes[i] === 0xd7 && (bytes[i + 1] as number) >= 0x90 && (bytes[i + 1] as number) <= 0xaa) {
      run += 1;
      if (run === min) found.push(i - 2 * (min - 1));
      i += 2;
    } else {
      run = 0;
      i += 1;
    }
  }
  return found;
}

/** Every plaintext marker found in the bytes: schema text, written values, Hebrew runs. */
function plaintextIn(bytes: Buffer, names: string[]): string[] {
  const leaks = [...SCHEMA_TEXT, ...names, ...HEBREW, ...LATIN].filter((text) =>
    bytes.includes(Buffer.from(text, 'utf8')),
  );
  if (hebrewRuns(bytes).length > 0) leaks.push('run of 4+ Hebrew letters');
  return leaks;
}

describe('encrypted store at rest', () => {
  it('the plaintext detector finds every marker in an unencrypted store with the same writes', () => {
    const file = path.join(tempDir(), 'plain.db');
    const sqlite = new Database(file);
    migrate(sqlite, loadMigrations());
    writeDistinctiveRows(drizzle(sqlite, { schema }));
    const names = tableAndIndexNames(sqlite);
    sqlite.close();

    const leaks = plaintextIn(readFileSync(file), names);
    expect(leaks).toEqual(expect.arrayContaining([...SCHEMA_TEXT, ...names, ...HEBREW, ...LATIN]));
    expect(leaks).toContain('run of 4+ Hebrew letters');
  });

  it('while open, neither the database file nor its WAL holds schema text or written values', () => {
    const { file, store } = createEncryptedStore();
    writeDistinctiveRows(store.db, 0);
    store.sqlite.pragma('wal_checkpoint(PASSIVE)');
    writeDistinctiveRows(store.db, 300);
    const names = tableAndIndexNames(store.sqlite);

    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(plaintextIn(readFileSync(file), names)).toEqual([]);
    expect(plaintextIn(readFileSync(`${file}-wal`), names)).toEqual([]);
    // The shared-memory index holds page numbers only; check no value slipped in there either.
    const shm = readFileSync(`${file}-shm`);
    expect([...HEBREW, ...LATIN].filter((v) => shm.includes(Buffer.from(v, 'utf8')))).toEqual([]);
  });

  it('after closing, the database file holds no schema text or written values', () => {
    const { file, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    const names = tableAndIndexNames(store.sqlite);
    store.close();

    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(statSync(file).size).toBeGreaterThan(50_000);
    expect(plaintextIn(readFileSync(file), names)).toEqual([]);
  });

  it('reads back the written values with the right key', () => {
    const { file, key, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    store.close();

    const reopened = reopenStore(file, key);
    const names = reopened.sqlite.prepare('SELECT display_name FROM staff ORDER BY id LIMIT 1').pluck().get();
    expect(names).toBe(`${HEBREW[0]} 0`);
  });

  it("uses the key raw, without a KDF: a store keyed x'<hex>' opens with SQLite3MC's explicit raw:<hex> form", () => {
    const { file, key, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    store.close();

    const sqlite = new Database(file, { readonly: true });
    try {
      sqlite.pragma(`cipher='${CIPHER}'`);
      sqlite.pragma(`key='raw:${key.toString('hex')}'`);
      expect(sqlite.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(300);
    } finally {
      sqlite.close();
    }
  });

  it('a VACUUM INTO copy (how backups are taken) is encrypted and opens with the same key', () => {
    const { dir, key, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    const names = tableAndIndexNames(store.sqlite);
    const copy = path.join(dir, 'copy.db');
    store.sqlite.prepare('VACUUM INTO ?').run(copy);

    expect(plaintextIn(readFileSync(copy), names)).toEqual([]);
    const opened = reopenStore(copy, key);
    expect(opened.sqlite.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(300);
  });
});

describe('opening a store that cannot be used', () => {
  function expectStoreError(open: () => unknown, code: StoreError['code']): StoreError {
    let caught: unknown;
    try {
      open();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    const storeError = caught as StoreError;
    expect(storeError.code).toBe(code);
    expect(storeError.messageKey).toBe(`errors.store.${code}`);
    return storeError;
  }

  it('rejects a wrong key as wrong_key without changing the file or adding any', () => {
    const { dir, file, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    store.close();
    const before = snapshotFolder(dir);

    expectStoreError(() => openDatabase(file, randomBytes(32)), 'wrong_key');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a store written by a newer app as schema_too_new, leaving it unchanged', () => {
    const { dir, file, key, store } = createEncryptedStore();
    const newer = loadMigrations().length + 1;
    store.sqlite.pragma(`user_version = ${newer}`);
    store.close();
    const before = snapshotFolder(dir);

    const error = expectStoreError(() => openDatabase(file, key), 'schema_too_new');
    expect(error.detail).toContain(String(newer));
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('reports a missing file as store_not_found and creates nothing', () => {
    const dir = tempDir();
    expectStoreError(() => openDatabase(path.join(dir, 'kesher.db'), randomBytes(32)), 'store_not_found');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a file of random bytes as unreadable with this key, leaving it unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kesher.db');
    writeFileSync(file, randomBytes(64 * 1024));
    const before = snapshotFolder(dir);

    expectStoreError(() => openDatabase(file, randomBytes(32)), 'wrong_key');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses an empty file instead of initialising a new store over it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kesher.db');
    writeFileSync(file, '');

    expectStoreError(() => openDatabase(file, randomBytes(32)), 'database_damaged');
    expect(readdirSync(dir)).toEqual(['kesher.db']);
    expect(statSync(file).size).toBe(0);
  });

  it('detects a tampered page: a flipped byte is never returned as data', () => {
    const { file, key, store } = createEncryptedStore();
    writeDistinctiveRows(store.db);
    store.close();
    const read = () => {
      const sqlite = new Database(file, { readonly: true });
      try {
        applyKey(sqlite, key);
        return [sqlite.prepare('SELECT * FROM staff').all(), sqlite.prepare('SELECT * FROM settings').all()];
      } finally {
        sqlite.close();
      }
    };
    expect(read()[0]).toHaveLength(300);

    const bytes = readFileSync(file);
    const pageSize = 4096;
    const offset = (Math.floor(bytes.length / pageSize) - 1) * pageSize + 200;
    bytes.writeUInt8(bytes.readUInt8(offset) ^ 0x01, offset);
    writeFileSync(file, bytes);

    expect(read).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_(CORRUPT|NOTADB)/) }));
  });
});

describe('session pragmas', () => {
  it('opens with WAL, synchronous FULL, foreign keys on and temp storage in memory', () => {
    const { file, key, store } = createEncryptedStore();
    store.close();
    const { sqlite } = reopenStore(file, key);

    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2);
  });
});
