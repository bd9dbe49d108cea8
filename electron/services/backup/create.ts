import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { copyRange, encodeHeaderPrefix, sha256, sha256OfFile, type BackupHeader } from './container';
import { BackupError } from './errors';
import { createFileAtomically, tempPath, writeAll } from '../../platform/files';
import { backupFileName, CENTRE_CODE_PATTERN } from './naming';
import { countRows, type RowCounts } from './row-counts';

export const STORE_DB_FILE = 'kesher.db';
export const STORE_KEYRING_FILE = 'keyring.json';
const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface CreateBackupInput {
  sqlite: Database.Database;
  storeDir: string;
  outDir: string;
  centreCode: string;
  now: Date;
}

export interface BackupResult {
  file: string;
  fileName: string;
  header: BackupHeader;
  /** Counts of the live store at the moment of the copy; pass them to verifyBackup. */
  rowCounts: RowCounts;
}

/**
 * Writes one self-contained backup file into `outDir`. The database is copied with
 * `VACUUM INTO`, which under SQLite3MultipleCiphers writes the copy with the connection's
 * cipher and key (SQLite's online backup API refuses to copy between differently keyed
 * databases). The copy is checked not to start with the plain SQLite header before it is
 * packaged, so a misconfigured cipher can never put a readable store on a USB stick.
 */
export function createBackup(input: CreateBackupInput): BackupResult {
  const { sqlite, storeDir, outDir, centreCode, now } = input;
  if (!CENTRE_CODE_PATTERN.test(centreCode)) throw new BackupError('centre_code_invalid');
  const keyring = readKeyringBytes(storeDir);
  fs.mkdirSync(outDir, { recursive: true });

  const copy = tempPath(outDir, 'db');
  try {
    sqlite.prepare('VACUUM INTO ?').run(copy);
    // Same connection, same tick: nothing can write between the copy and the count.
    const rowCounts = countRows(sqlite);
    const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    assertEncrypted(copy);

    const db = sha256OfFile(copy);
    const header: BackupHeader = {
      createdAt: now.toISOString(),
      centreCode,
      schemaVersion,
      keyringBytes: keyring.length,
      keyringSha256: sha256(keyring),
      dbBytes: db.bytes,
      dbSha256: db.sha256,
    };
    const fileName = freeFileName(outDir, centreCode, now);
    const file = path.join(outDir, fileName);
    createFileAtomically(file, (fd) => {
      writeAll(fd, encodeHeaderPrefix(header));
      writeAll(fd, keyring);
      const source = fs.openSync(copy, 'r');
      try {
        const written = copyRange(source, 0, db.bytes, (chunk) => writeAll(fd, chunk));
        if (written !== db.sha256) throw new Error('database copy changed while packaging');
      } finally {
        fs.closeSync(source);
      }
    });
    return { file, fileName, header, rowCounts };
  } finally {
    fs.rmSync(copy, { force: true });
    fs.rmSync(`${copy}-journal`, { force: true });
  }
}

function readKeyringBytes(storeDir: string): Buffer {
  try {
    return fs.readFileSync(path.join(storeDir, STORE_KEYRING_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError('keyring_missing');
    throw error;
  }
}

function assertEncrypted(copy: string): void {
  const fd = fs.openSync(copy, 'r');
  try {
    const head = Buffer.alloc(SQLITE_PLAIN_HEADER.length);
    fs.readSync(fd, head, 0, head.length, 0);
    if (head.equals(SQLITE_PLAIN_HEADER)) throw new BackupError('copy_not_encrypted');
  } finally {
    fs.closeSync(fd);
  }
}

/** Two backups in the same second (exit right after a scheduled one) get -1, -2, … */
function freeFileName(outDir: string, centreCode: string, now: Date): string {
  for (let collision = 0; collision < 1000; collision += 1) {
    const name = backupFileName(centreCode, now, collision);
    if (!fs.existsSync(path.join(outDir, name))) return name;
  }
  throw new Error('no free backup file name');
}
