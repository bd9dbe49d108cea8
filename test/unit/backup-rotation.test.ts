import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../electron/services/backup/naming';
import { applyRotation, selectBackupsToKeep, type DatedBackup } from '../../electron/services/backup/rotation';
import { isBackupDue } from '../../electron/services/backup/schedule';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const at = (y: number, m: number, d: number, h = 17, min = 0) => new Date(y, m - 1, d, h, min);
const dated = (date: Date): DatedBackup => ({ file: backupFileName('TLV01', date), createdAt: date });

describe('backup file names', () => {
  it('round-trips a local time and parses only our exact pattern', () => {
    const date = new Date(2025, 0, 5, 9, 4, 7);
    expect(backupFileName('TLV01', date)).toBe('kesher-TLV01-20250105-090407.kbak');
    expect(backupFileName('TLV01', date, 2)).toBe('kesher-TLV01-20250105-090407-2.kbak');
    expect(parseBackupFileName('kesher-TLV01-20250105-090407-2.kbak')).toEqual({
      file: 'kesher-TLV01-20250105-090407-2.kbak',
      centreCode: 'TLV01',
      createdAt: date,
    });
    for (const foreign of [
      'kesher-TLV01-20250105-090407.kbak.bak',
      'kesher-tlv01-20250105-090407.kbak',
      'kesher-TLV01-20250231-090407.kbak',
      'kesher-TLV01-20250105-250407.kbak',
      'kesher-TLV01-20250105-090407-0.kbak',
      'my-kesher-TLV01-20250105-090407.kbak',
      'kesher-TLV01-2025010-090407.kbak',
    ]) {
      expect(parseBackupFileName(foreign)).toBeNull();
    }
  });
});

describe('selectBackupsToKeep', () => {
  it('keeps the newest of each of the last 7 days that have backups, even across a long gap', () => {
    // Ten daily backups in March, then the machine was off until June.
    const march = Array.from({ length: 10 }, (_, i) => dated(at(2025, 3, 1 + i)));
    const june = dated(at(2025, 6, 2));
    const keep = selectBackupsToKeep([...march, june], at(2025, 6, 2, 18));
    const keptMarchDays = march.filter((b) => keep.has(b.file)).map((b) => b.createdAt.getDate());
    // Dailies: June 2 plus March 5-10. Weekly (Sunday-start) adds Sat March 1; monthly: March 10.
    expect(keptMarchDays).toEqual([1, 5, 6, 7, 8, 9, 10]);
    expect(keep.has(june.file)).toBe(true);
  });

  it('keeps backups dated after now without letting them push out real ones', () => {
    const past = Array.from({ length: 8 }, (_, i) => dated(at(2025, 3, 1 + i)));
    const future = dated(at(2030, 1, 1));
    const keep = selectBackupsToKeep([...past, future], at(2025, 3, 8, 18));
    expect(keep.has(future.file)).toBe(true);
    expect(past.filter((b) => keep.has(b.file)).map((b) => b.createdAt.getDate())).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('starts weeks on Sunday', () => {
    // Sat 2025-03-08 and Sun 2025-03-09 are in different weeks; Sun-Sat 9-15 is one week.
    const backups = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map((d) => dated(at(2025, 3, d)));
    const keep = selectBackupsToKeep(backups, at(2025, 3, 22, 18));
    const kept = backups.filter((b) => keep.has(b.file)).map((b) => b.createdAt.getDate());
    // Dailies 16-22; weeks: 16-22 (22), 9-15 (15), 2-8 (8); month: 22.
    expect(kept).toEqual([8, 15, 16, 17, 18, 19, 20, 21, 22]);
  });
});

describe('applyRotation over 400 simulated days', () => {
  it('keeps exactly the expected backups and never touches a foreign file', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'kesher-rotation-'));
    dirs.push(dir);
    const foreign = [
      'notes.txt',
      'kesher-TLV01-20240101-170000.kbak.bak',
      'kesher-tlv01-20240101-170000.kbak',
      'kesher-TLV01-20240231-170000.kbak',
      'kesher-OTHER1-20240101-170000.kbak',
      '.kesher-tmp-123-aaaaaaaaaaaa.db',
    ];
    for (const name of foreign) fs.writeFileSync(path.join(dir, name), 'not ours to delete');
    fs.mkdirSync(path.join(dir, 'kesher-TLV01-20230102-170000.kbak'));

    const all: DatedBackup[] = [];
    let now = new Date(0);
    for (let day = 0; day < 400; day += 1) {
      const evening = at(2024, 1, 1 + day, 17, 0);
      const todays = day % 5 === 0 ? [at(2024, 1, 1 + day, 8, 15), evening] : [evening];
      for (const created of todays) {
        fs.writeFileSync(path.join(dir, backupFileName('TLV01', created)), 'backup');
        all.push(dated(created));
      }
      now = new Date(evening.getTime() + 30_000);
      const { kept } = applyRotation(dir, now);
      expect(kept).toContain(backupFileName('TLV01', evening));
      expect(kept.filter((f) => f.startsWith('kesher-TLV01-')).length).toBeLessThanOrEqual(7 + 4 + 12);
    }

    // Day 399 is Monday 2025-02-03; its week began on Sunday 2025-02-02.
    const expected = [
      // daily: the last seven days
      '20250128',
      '20250129',
      '20250130',
      '20250131',
      '20250201',
      '20250202',
      '20250203',
      // weekly: the Saturdays closing the three weeks before (2025-02-01 is already daily)
      '20250118',
      '20250125',
      // monthly: the last day of each of the eleven months before (2025-01-31 is already daily)
      '20240331',
      '20240430',
      '20240531',
      '20240630',
      '20240731',
      '20240831',
      '20240930',
      '20241031',
      '20241130',
      '20241231',
    ].map((day) => `kesher-TLV01-${day}-170000.kbak`);

    const remaining = fs.readdirSync(dir).filter((f) => f.startsWith('kesher-TLV01-') && f.endsWith('.kbak'));
    expect(remaining.filter((f) => !foreign.includes(f) && f !== 'kesher-TLV01-20230102-170000.kbak').sort()).toEqual(
      expected.sort(),
    );
    for (const name of foreign) expect(fs.existsSync(path.join(dir, name))).toBe(true);
    expect(fs.statSync(path.join(dir, 'kesher-TLV01-20230102-170000.kbak')).isDirectory()).toBe(true);
    // Rotating day by day ends where rotating everything at once would.
    expect([...selectBackupsToKeep(all, now)].sort()).toEqual(expected.sort());
  });

  it('removes temp files a crashed backup left more than a day ago, and only those', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'kesher-rotation-'));
    dirs.push(dir);
    const now = at(2025, 3, 10, 12);
    const stale = '.kesher-tmp-41-0123456789ab.db';
    const fresh = '.kesher-tmp-42-0123456789ab.kbak';
    const lookalike = '.kesher-tmp-old.db';
    for (const name of [stale, fresh, lookalike]) {
      fs.writeFileSync(path.join(dir, name), 'x');
      const mtime = name === fresh ? now : at(2025, 3, 8);
      fs.utimesSync(path.join(dir, name), mtime, mtime);
    }
    expect(applyRotation(dir, now)).toEqual({ kept: [], deleted: [stale] });
    expect(fs.readdirSync(dir).sort()).toEqual([fresh, lookalike].sort());
  });
});

describe('isBackupDue', () => {
  const last = at(2025, 3, 10, 17);
  it('is due with no backup yet, 24 hours after the last, and when the clock went back', () => {
    expect(isBackupDue(null, last)).toBe(true);
    expect(isBackupDue(last, new Date(last.getTime() + 23 * 3600_000 + 59 * 60_000))).toBe(false);
    expect(isBackupDue(last, new Date(last.getTime() + 24 * 3600_000))).toBe(true);
    expect(isBackupDue(last, new Date(last.getTime() - 60_000))).toBe(true);
  });
});
