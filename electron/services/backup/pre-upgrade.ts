import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreError } from '../../../db/errors';
import { logger } from '../../platform/logger';
import { createBackup, type BackupResult } from './create';
import { BackupError } from './errors';
import { CENTRE_CODE_PATTERN } from './naming';
import { verifyBackup } from './verify';

/** Inside the store folder, so the copy is on the same disk and exists whatever the backup settings are. */
export const PRE_UPGRADE_FOLDER = 'pre-upgrade-backups';

export function preUpgradeBackupDir(storeDir: string): string {
  return path.join(storeDir, PRE_UPGRADE_FOLDER);
}

export interface PreUpgradeBackupInput {
  sqlite: Database.Database;
  storeDir: string;
  dbKey: Buffer;
  now: Date;
  fromVersion: number;
  toVersion: number;
}

/**
 * Before a new version of the app changes the schema of an existing store: an encrypted backup
 * of the store as it is (the same self-contained file `kesher restore` takes), proven
 * restorable before the upgrade may start. Any failure throws `upgrade_backup_failed` and the
 * upgrade does not run, so the store is never changed without a verified copy of its past.
 */
export function backupBeforeUpgrade(input: PreUpgradeBackupInput): BackupResult {
  const { sqlite, storeDir, dbKey, now, fromVersion, toVersion } = input;
  let created: BackupResult;
  try {
    created = createBackup({
      sqlite,
      storeDir,
      outDir: preUpgradeBackupDir(storeDir),
      centreCode: centreCodeOf(sqlite),
      now,
    });
  } catch (error) {
    throw new StoreError('upgrade_backup_failed', failureCode(error));
  }
  const verification = verifyBackup(created.file, dbKey, created.rowCounts);
  if (!verification.ok) {
    // A copy that does not restore must not sit there looking like a safety net.
    fs.rmSync(created.file, { force: true });
    throw new StoreError('upgrade_backup_failed', verification.problems.join(','));
  }
  logger.info('pre-upgrade backup written and verified', { fromVersion, toVersion, file: created.fileName });
  return created;
}

/** The hook `openDatabase` takes: every upgrade of this store is preceded by a verified backup. */
export function preUpgradeBackupHook(
  storeDir: string,
  dbKey: Buffer,
  now: () => Date,
): (sqlite: Database.Database, fromVersion: number, toVersion: number) => void {
  return (sqlite, fromVersion, toVersion) => {
    backupBeforeUpgrade({ sqlite, storeDir, dbKey, now: now(), fromVersion, toVersion });
  };
}

/**
 * Read with plain SQL: the schema is still the old version's, which the current drizzle
 * tables may no longer describe. A store without a valid code still gets its backup.
 */
function centreCodeOf(sqlite: Database.Database): string {
  try {
    const raw = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('centre.code');
    const code: unknown = typeof raw === 'string' ? JSON.parse(raw) : undefined;
    if (typeof code === 'string' && CENTRE_CODE_PATTERN.test(code)) return code;
  } catch {
    // No settings table or an unreadable value: fall through to the neutral name.
  }
  return 'STORE';
}

function failureCode(error: unknown): string {
  if (error instanceof BackupError) return error.code;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unexpected';
}
