import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema/settings';

export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const BACKUP_HISTORY_KEY = 'backup.history';
/** About a year of daily backups; older outcomes say nothing the audit log does not. */
export const BACKUP_HISTORY_LIMIT = 400;

/**
 * While the app is open a backup is due once a day: 24 hours after the last good one (the lead
 * also backs up at exit). A last backup dated in the future means the clock moved back; back up
 * rather than wait for the clock to catch up.
 */
export function isBackupDue(lastBackupAt: Date | null, now: Date): boolean {
  if (lastBackupAt === null) return true;
  const elapsed = now.getTime() - lastBackupAt.getTime();
  return elapsed < 0 || elapsed >= BACKUP_INTERVAL_MS;
}

const historyEntrySchema = z.object({
  /** File name only (not the folder): the folder may be a USB stick that moves between machines. */
  file: z.string().nullable(),
  createdAt: z.string(),
  ok: z.boolean(),
  problems: z.array(z.string()),
});
export type BackupHistoryEntry = z.infer<typeof historyEntrySchema>;
const historySchema = z.array(historyEntrySchema);

/** Oldest first; a missing or malformed value reads as no history. */
export function readBackupHistory(db: Db): BackupHistoryEntry[] {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, BACKUP_HISTORY_KEY)).get();
  const parsed = historySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

export function recordBackupOutcome(db: Db, entry: BackupHistoryEntry, now: Date): BackupHistoryEntry[] {
  const history = [...readBackupHistory(db), historyEntrySchema.parse(entry)].slice(-BACKUP_HISTORY_LIMIT);
  const updatedAt = now.toISOString();
  db.insert(settings)
    .values({ key: BACKUP_HISTORY_KEY, value: history, updatedAt })
    .onConflictDoUpdate({ target: settings.key, set: { value: history, updatedAt } })
    .run();
  return history;
}

/** When the last backup that verified was made; what isBackupDue measures from. */
export function lastGoodBackupAt(history: readonly BackupHistoryEntry[]): Date | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i]!;
    if (entry.ok) return new Date(entry.createdAt);
  }
  return null;
}
