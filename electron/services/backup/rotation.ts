import fs from 'node:fs';
import path from 'node:path';
import { TEMP_FILE_PATTERN } from '../../platform/files';
import { parseBackupFileName } from './naming';

export interface DatedBackup {
  file: string;
  createdAt: Date;
}

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MONTHLY = 12;
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** Weeks start on Sunday: the key is the local date of that Sunday. */
const weekKey = (d: Date) => dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - d.getDay()));

/**
 * Keeps the newest backup of each of the last 7 days that have backups, of each of the last
 * 4 weeks that have backups and of each of the last 12 months that have backups, plus the
 * newest overall. Periods are counted among those that have backups (not back from `now`), so a
 * machine left off for a month still keeps a week of dailies. Backups dated after `now` (a clock
 * that was wrong) are kept and left out of the counting rather than judged.
 */
export function selectBackupsToKeep(backups: readonly DatedBackup[], now: Date): Set<string> {
  const keep = new Set<string>();
  const past: DatedBackup[] = [];
  for (const backup of backups) {
    if (backup.createdAt.getTime() > now.getTime()) keep.add(backup.file);
    else past.push(backup);
  }
  past.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.file < b.file ? 1 : -1));
  if (past[0]) keep.add(past[0].file);

  const rules: [key: (d: Date) => string, count: number][] = [
    [dayKey, KEEP_DAILY],
    [weekKey, KEEP_WEEKLY],
    [monthKey, KEEP_MONTHLY],
  ];
  for (const [key, count] of rules) {
    const seen = new Set<string>();
    for (const backup of past) {
      const period = key(backup.createdAt);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(backup.file);
    }
  }
  return keep;
}

export interface RotationOutcome {
  kept: string[];
  deleted: string[];
}

/**
 * Deletes the backups in `outDir` that rotation does not keep, per centre code, and temp files
 * a crashed backup left behind more than a day ago. Only regular files whose names are exactly
 * ours are ever touched; anything else in the folder is left alone.
 */
export function applyRotation(outDir: string, now: Date): RotationOutcome {
  const byCentre = new Map<string, DatedBackup[]>();
  const deleted: string[] = [];
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupFileName(entry.name);
    if (parsed) {
      const group = byCentre.get(parsed.centreCode) ?? [];
      group.push({ file: parsed.file, createdAt: parsed.createdAt });
      byCentre.set(parsed.centreCode, group);
    } else if (TEMP_FILE_PATTERN.test(entry.name)) {
      const full = path.join(outDir, entry.name);
      if (now.getTime() - fs.statSync(full).mtimeMs > STALE_TEMP_MS) {
        fs.rmSync(full, { force: true });
        deleted.push(entry.name);
      }
    }
  }

  const kept: string[] = [];
  for (const group of byCentre.values()) {
    const keep = selectBackupsToKeep(group, now);
    for (const { file } of group) {
      if (keep.has(file)) {
        kept.push(file);
      } else {
        fs.rmSync(path.join(outDir, file), { force: true });
        deleted.push(file);
      }
    }
  }
  return { kept: kept.sort(), deleted: deleted.sort() };
}
