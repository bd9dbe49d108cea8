/*
 * Backup file names: kesher-<CENTRE>-<YYYYMMDD>-<HHMMSS>[-<n>].kbak in the machine's local time,
 * which is the calendar the staff see and the one rotation buckets by. The centre code is a
 * code (CRF-1: [A-Z0-9]{2,8}), not personal data; nothing else about the centre is readable.
 */

export const CENTRE_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;
const NAME_PATTERN = /^kesher-([A-Z0-9]{2,8})-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([1-9]\d{0,2}))?\.kbak$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupFileName(centreCode: string, at: Date, collision = 0): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `kesher-${centreCode}-${date}-${time}${collision > 0 ? `-${collision}` : ''}.kbak`;
}

export interface ParsedBackupName {
  file: string;
  centreCode: string;
  createdAt: Date;
}

/** Null for anything that is not exactly one of our names with a real calendar time. */
export function parseBackupFileName(file: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(file);
  if (!match) return null;
  const [, centreCode, y, mo, d, h, mi, s] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const createdAt = new Date(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  // Reject 20250231 and the like instead of letting Date roll them over.
  if (createdAt.getMonth() !== parts[1] - 1 || createdAt.getDate() !== parts[2] || createdAt.getHours() !== parts[3]) {
    return null;
  }
  return { file, centreCode: centreCode!, createdAt };
}
