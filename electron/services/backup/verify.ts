import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDb } from '../../../db/open';
import { StoreError } from '../../../db/errors';
import { BackupFormatError, copyRange, readContainer, readKeyringPart, type BackupHeader } from './container';
import { writeAll } from '../../platform/files';
import { countRows, differingTables, type RowCounts } from './row-counts';

export interface BackupVerification {
  ok: boolean;
  /** Problem codes (no personal data): container faults, store errors, `row_count_mismatch:<table>`. */
  problems: string[];
  rowCounts: RowCounts;
  header: BackupHeader | null;
}

/**
 * Proves a backup restorable: framing and checksums, then the database part is unpacked to a
 * private temp folder, opened read-only with the key, `PRAGMA quick_check`ed and counted. The
 * counts are compared with `expectedRowCounts` (the live counts createBackup returned) when
 * given; they are not stored in the file's plain header. Temp files are removed in every case.
 */
export function verifyBackup(file: string, dbKey: Buffer, expectedRowCounts?: RowCounts): BackupVerification {
  const problems: string[] = [];
  let header: BackupHeader | null = null;
  let rowCounts: RowCounts = {};
  let fd: number | null = null;
  let workDir: string | null = null;
  let store: OpenedDb | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const container = readContainer(fd);
    header = container.header;
    const keyring = readKeyringPart(fd, container);
    if (!isJson(keyring)) problems.push('keyring_damaged');

    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kesher-verify-'));
    const unpacked = path.join(workDir, 'kesher.db');
    const out = fs.openSync(unpacked, 'wx', 0o600);
    let dbSha256: string;
    try {
      dbSha256 = copyRange(fd, container.dbOffset, container.header.dbBytes, (chunk) => writeAll(out, chunk));
    } finally {
      fs.closeSync(out);
    }
    if (dbSha256 !== container.header.dbSha256) problems.push('db_checksum_mismatch');

    store = openDatabase(unpacked, dbKey, { readonly: true });
    const check = store.sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') problems.push('quick_check_failed');
    const version = store.sqlite.pragma('user_version', { simple: true });
    if (version !== container.header.schemaVersion) problems.push('schema_version_mismatch');
    rowCounts = countRows(store.sqlite);
    if (expectedRowCounts) {
      for (const table of differingTables(expectedRowCounts, rowCounts)) problems.push(`row_count_mismatch:${table}`);
    }
  } catch (error) {
    problems.push(problemOf(error));
  } finally {
    store?.close();
    if (fd !== null) fs.closeSync(fd);
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  }
  return { ok: problems.length === 0, problems, rowCounts, header };
}

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

function problemOf(error: unknown): string {
  if (error instanceof BackupFormatError) return error.problem;
  if (error instanceof StoreError) return error.code;
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'file_missing';
  // SQLITE_CORRUPT and friends from quick_check or counting: a page failed authentication.
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return 'database_damaged';
  return 'unreadable';
}
