import { AppError } from '../../domain/app-error';
import { getSetting, requireSetting } from '../../../db/repositories/settings';
import type { StoreRuntime } from '../store/runtime';
import { runBackup, type RunBackupOutcome } from './run';
import { isBackupDue, lastGoodBackupAt, readBackupHistory } from './schedule';

/** Runs a backup of the open store into its configured folder; null when there is nothing to do. */
export function backupNow(runtime: StoreRuntime, actorId: number | null, outDir?: string): RunBackupOutcome | null {
  if (!runtime.isOpen) return null;
  const db = runtime.db();
  const folder = outDir ?? getSetting(db, 'backup.folder');
  if (!folder) return null;
  return runBackup({
    sqlite: runtime.sqlite(),
    db,
    dbKey: runtime.key(),
    storeDir: runtime.files.dir,
    outDir: folder,
    centreCode: requireSetting(db, 'centre.code'),
    actorId,
    now: runtime.now(),
  });
}

/** "Back up now" from the settings page: refused when no backup folder is set. */
export function runBackupNow(runtime: StoreRuntime) {
  const outcome = backupNow(runtime, runtime.actorId());
  if (!outcome) throw new AppError('conflict', 'errors.backup.no_folder');
  return outcome.entry;
}

/** Where backups go, when the last good one was made, whether one is due, newest first. */
export function backupOverview(runtime: StoreRuntime) {
  const history = readBackupHistory(runtime.db());
  const lastGood = lastGoodBackupAt(history);
  return {
    folder: getSetting(runtime.db(), 'backup.folder') ?? null,
    lastGoodAt: lastGood?.toISOString() ?? null,
    due: isBackupDue(lastGood, runtime.now()),
    history: [...history].reverse(),
  };
}

/**
 * Daily backups while the app is open: checks hourly whether the last good backup is a day
 * old. The caller also calls `atExit()` when the app closes. No timer keeps the process alive.
 */
export function startBackupSchedule(
  runtime: StoreRuntime,
  checkEveryMs = 60 * 60 * 1000,
): { stop(): void; atExit(): void } {
  const tick = () => {
    if (!runtime.isOpen || !getSetting(runtime.db(), 'backup.folder')) return;
    if (isBackupDue(lastGoodBackupAt(readBackupHistory(runtime.db())), runtime.now())) backupNow(runtime, null);
  };
  const timer = setInterval(tick, checkEveryMs);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    atExit: () => {
      clearInterval(timer);
      backupNow(runtime, null);
    },
  };
}
