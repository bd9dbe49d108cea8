import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../../db/open';
import { appendAudit } from '../../../db/repositories/audit';
import { logger } from '../../platform/logger';
import { createBackup } from './create';
import { BackupError } from './errors';
import { applyRotation, type RotationOutcome } from './rotation';
import { recordBackupOutcome, type BackupHistoryEntry } from './schedule';
import { verifyBackup } from './verify';

export interface RunBackupInput {
  sqlite: Database.Database;
  db: Db;
  dbKey: Buffer;
  storeDir: string;
  outDir: string;
  centreCode: string;
  /** Staff member who asked for it; null for the daily and at-exit backups. */
  actorId: number | null;
  now: Date;
}

export interface RunBackupOutcome {
  entry: BackupHistoryEntry;
  rotation: RotationOutcome | null;
}

/**
 * One backup as the app runs it: create, verify against the live row counts, record the
 * outcome in the backup history and the audit log, then rotate the folder. Never throws —
 * a backup failure must not take the app down at exit — and rotation runs only after a
 * backup that verified, so a failing disk never eats the good backups already there.
 */
export function runBackup(input: RunBackupInput): RunBackupOutcome {
  let entry: BackupHistoryEntry;
  try {
    const created = createBackup(input);
    const verification = verifyBackup(created.file, input.dbKey, created.rowCounts);
    entry = {
      file: created.fileName,
      createdAt: created.header.createdAt,
      ok: verification.ok,
      problems: verification.problems,
    };
  } catch (error) {
    entry = { file: null, createdAt: input.now.toISOString(), ok: false, problems: [failureCode(error)] };
  }

  try {
    recordBackupOutcome(input.db, entry, input.now);
    appendAudit(
      input.db,
      {
        actorId: input.actorId,
        action: entry.ok ? 'backup_created' : 'backup_failed',
        entity: 'backup',
        outcome: entry.ok ? 'ok' : entry.problems[0],
      },
      input.now,
    );
  } catch (error) {
    logger.error('backup outcome not recorded', { error: failureCode(error) });
  }

  let rotation: RotationOutcome | null = null;
  if (entry.ok) {
    try {
      rotation = applyRotation(input.outDir, input.now);
    } catch (error) {
      logger.warn('backup rotation failed', { error: failureCode(error) });
    }
  }
  if (!entry.ok) logger.warn('backup failed', { problems: entry.problems.join(',') });
  return { entry, rotation };
}

function failureCode(error: unknown): string {
  if (error instanceof BackupError) return error.code;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unexpected';
}
