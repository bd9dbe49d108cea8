import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { StoreError } from './errors';
import { loadMigrations, migrate, type Migration } from './migrate';

export type Db = BetterSQLite3Database<typeof schema>;

/**
 * ChaCha20-Poly1305 (sqleet scheme), chosen after measuring every scheme: `npm run bench -- cipher`
 * (test/bench/cipher.bench.ts; figures in the commit that set it). Every page carries a Poly1305
 * tag, so tampering is detected. AEGIS-256 measured faster where the CPU has AES instructions,
 * but ChaCha20 runs at the same speed on any CPU, is an IETF standard (RFC 8439) and has been this
 * library's default since its first release; AEGIS arrived in 2.0 (2025). Its cost on a store of
 * this size is a few milliseconds. Changing it needs a re-key of existing stores.
 */
export const CIPHER = 'chacha20';
export const KEY_BYTES = 32;

export interface OpenedDb {
  sqlite: Database.Database;
  db: Db;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when it does not exist (first-run set-up); otherwise it must exist. */
  create?: boolean;
  migrations?: Migration[];
  /** Stop at this schema version (migration tests). */
  targetVersion?: number;
  readonly?: boolean;
  /**
   * Runs before an existing store is upgraded (not for a new or current one), with the open
   * connection: the pre-upgrade backup. Throwing leaves the store untouched.
   */
  beforeUpgrade?: (sqlite: Database.Database, fromVersion: number, toVersion: number) => void;
}

/** Applies the cipher and the raw 256-bit key; the x'' form bypasses SQLite's own KDF. */
export function applyKey(sqlite: Database.Database, key: Buffer, cipher = CIPHER): void {
  if (key.length !== KEY_BYTES) throw new Error('database key must be 32 bytes');
  sqlite.pragma(`cipher='${cipher}'`);
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Opens (or creates) an encrypted store. The key is checked with a read before any pragma
 * that writes, so a wrong key or a damaged file is reported without a byte being written.
 */
export function openDatabase(file: string, key: Buffer, options: OpenOptions = {}): OpenedDb {
  const exists = existsSync(file);
  if (!exists && !options.create) throw new StoreError('store_not_found');
  // SQLite treats a 0-byte file as a new database; a store truncated by a failed copy or a
  // full disk would be silently replaced by an empty one and the loss hidden.
  if (exists && !options.create && statSync(file).size === 0) throw new StoreError('database_damaged', 'empty file');

  if (!exists) closeSync(openSync(file, 'wx', OWNER_ONLY));
  if (!options.readonly) restrictToOwner(file);

  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: exists });
  try {
    applyKey(sqlite, key);
    verifyReadable(sqlite);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
      restrictToOwner(file);
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('temp_store = MEMORY');
    // 64 MiB of decrypted pages: a 50,000-participant table fits, so a rare whole-table view
    // (sort by age, population-tag filter) costs one decryption pass instead of one per query
    // (measured with the caseload bench: x4-5 of plain with the 16 MiB default, x1.0 with this).
    sqlite.pragma('cache_size = -65536');
    if (!options.readonly) {
      const { beforeUpgrade } = options;
      migrate(sqlite, options.migrations ?? loadMigrations(), options.targetVersion, {
        beforeUpgrade: beforeUpgrade && ((from, to) => beforeUpgrade(sqlite, from, to)),
      });
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}

const OWNER_ONLY = 0o600;

/**
 * Owner-only modes on POSIX, whatever the umask: the database file is set explicitly, and SQLite
 * creates its -wal and -shm with the database file's mode (and resets them to it when it finds
 * them empty). Existing -wal/-shm files of a store made before this rule are set too. Windows
 * has no such modes; there the folder's ACL decides (see the README).
 */
export function restrictToOwner(file: string, platform = process.platform): void {
  if (platform === 'win32') return;
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(each, OWNER_ONLY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function verifyReadable(sqlite: Database.Database): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new StoreError('wrong_key');
    throw new StoreError('database_damaged', code);
  }
}
