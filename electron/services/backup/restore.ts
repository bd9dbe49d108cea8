import fs from 'node:fs';
import path from 'node:path';
import {
  BackupFormatError,
  checkContainer,
  copyRange,
  readContainer,
  readKeyringPart,
  type BackupHeader,
} from './container';
import { STORE_DB_FILE, STORE_KEYRING_FILE } from './create';
import { BackupError } from './errors';
import { createFileAtomically, realPathLoose, writeAll } from '../../platform/files';

export interface RestoreInput {
  backupFile: string;
  /** Where the restored store goes: a new or empty folder. */
  newStoreDir: string;
  /** The store the app is running on; restore never writes into it or below it. */
  liveStoreDir: string;
}

export interface RestoreResult {
  storeDir: string;
  dbFile: string;
  keyringFile: string;
  header: BackupHeader;
}

/**
 * Unpacks a backup into a new store folder: kesher.db plus the keyring.json that travelled with
 * it, so the restored store opens with the staff passwords and recovery key of the backup's
 * moment. The whole file is checked (framing and checksums) before anything is written; on a
 * failure midway the files written so far are removed. The live store is never touched.
 */
export function restoreBackup(input: RestoreInput): RestoreResult {
  const target = realPathLoose(input.newStoreDir);
  const live = realPathLoose(input.liveStoreDir);
  if (isSameOrInside(target, live)) throw new BackupError('target_is_live_store');
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0)) {
    throw new BackupError('target_not_empty');
  }

  let header: BackupHeader;
  try {
    header = checkContainer(input.backupFile);
  } catch (error) {
    if (error instanceof BackupFormatError) throw new BackupError('backup_damaged', error.problem);
    throw error;
  }

  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(target, 0o700);
  const dbFile = path.join(target, STORE_DB_FILE);
  const keyringFile = path.join(target, STORE_KEYRING_FILE);
  const fd = fs.openSync(input.backupFile, 'r');
  try {
    const container = readContainer(fd);
    const keyring = readKeyringPart(fd, container);
    createFileAtomically(dbFile, (out) => {
      const sha = copyRange(fd, container.dbOffset, container.header.dbBytes, (chunk) => writeAll(out, chunk));
      if (sha !== container.header.dbSha256) throw new BackupError('backup_damaged', 'db_checksum_mismatch');
    });
    createFileAtomically(keyringFile, (out) => writeAll(out, keyring));
  } catch (error) {
    fs.rmSync(dbFile, { force: true });
    fs.rmSync(keyringFile, { force: true });
    if (error instanceof BackupFormatError) throw new BackupError('backup_damaged', error.problem);
    throw error;
  } finally {
    fs.closeSync(fd);
  }
  return { storeDir: target, dbFile, keyringFile, header };
}

function isSameOrInside(candidate: string, folder: string): boolean {
  // Windows and macOS file systems are case-insensitive by default.
  const fold = (p: string) => (process.platform === 'linux' ? p : p.toLowerCase());
  const c = fold(candidate);
  const f = fold(folder);
  return c === f || c.startsWith(f.endsWith(path.sep) ? f : f + path.sep);
}
