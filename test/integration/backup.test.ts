import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createKeyring,
  generateRecoveryKey,
  readKeyring,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  writeKeyringAtomic,
} from '../../electron/services/auth/keyring';
import { setLogSink } from '../../electron/platform/logger';
import { openDatabase, type OpenedDb } from '../../db/open';
import { listAudit, verifyAuditChain } from '../../db/repositories/audit';
import { readContainer } from '../../electron/services/backup/container';
import { createBackup } from '../../electron/services/backup/create';
import { BackupError } from '../../electron/services/backup/errors';
import { restoreBackup } from '../../electron/services/backup/restore';
import { runBackup } from '../../electron/services/backup/run';
import { lastGoodBackupAt, readBackupHistory } from '../../electron/services/backup/schedule';
import { verifyBackup } from '../../electron/services/backup/verify';

const dirs: string[] = [];
const stores: OpenedDb[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'kesher-backup-test-'));
  dirs.push(dir);
  return dir;
}

const MARKER = 'PLAINTEXT-MARKER-7f3a';
const hebrewNames = ['אברהם כהן', 'שרה לוי', 'יצחק מזרחי', 'רבקה פרידמן', 'משה אברמוביץ'];
/** Opaque to backups; the real keyring seals the key, this stand-in only has to travel byte for byte. */
const keyringBytes = Buffer.from(
  JSON.stringify({ format: 'kesher-keyring', wraps: [randomBytes(48).toString('base64')] }),
);

interface LiveStore {
  storeDir: string;
  outDir: string;
  key: Buffer;
  store: OpenedDb;
}

function liveStore(): LiveStore {
  const storeDir = tempDir();
  const key = randomBytes(32);
  const store = openDatabase(path.join(storeDir, 'kesher.db'), key, { create: true });
  stores.push(store);
  fs.writeFileSync(path.join(storeDir, 'keyring.json'), keyringBytes);
  const addStaff = store.sqlite.prepare(
    "INSERT INTO staff (username, display_name, role, staff_code, created_at) VALUES (?, ?, 'coach', ?, '2025-03-01T08:00:00.000Z')",
  );
  store.sqlite.exec('CREATE TABLE probe_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const addNote = store.sqlite.prepare('INSERT INTO probe_notes (body) VALUES (?)');
  store.sqlite.transaction(() => {
    hebrewNames.forEach((name, i) => addStaff.run(`user${i}`, name, `S0${i + 1}`));
    for (let i = 0; i < 400; i += 1) addNote.run(`${hebrewNames[i % 5]} התקשרה לגבי ראיון עבודה ${MARKER} ${i}`);
  })();
  return { storeDir, outDir: path.join(tempDir(), 'backups'), key, store };
}

const backupAt = new Date(2025, 2, 4, 17, 5, 9);

function backupOf(live: LiveStore) {
  return createBackup({
    sqlite: live.store.sqlite,
    storeDir: live.storeDir,
    outDir: live.outDir,
    centreCode: 'TLV01',
    now: backupAt,
  });
}

function dbPartRange(file: string): { offset: number; length: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const container = readContainer(fd);
    return { offset: container.dbOffset, length: container.header.dbBytes };
  } finally {
    fs.closeSync(fd);
  }
}

describe('backup, verify, restore', () => {
  it('restores a backup that opens with the same key and holds the same rows and keyring', () => {
    const live = liveStore();
    const created = backupOf(live);
    expect(created.fileName).toBe('kesher-TLV01-20250304-170509.kbak');
    expect(fs.readdirSync(live.outDir)).toEqual([created.fileName]);

    const verification = verifyBackup(created.file, live.key, created.rowCounts);
    expect(verification).toMatchObject({ ok: true, problems: [] });
    expect(verification.rowCounts).toEqual(created.rowCounts);
    expect(created.rowCounts).toMatchObject({ staff: 5, probe_notes: 400 });

    const liveFilesBefore = fs.readdirSync(live.storeDir).sort();
    const target = path.join(tempDir(), 'restored');
    const restored = restoreBackup({ backupFile: created.file, newStoreDir: target, liveStoreDir: live.storeDir });
    expect(fs.readdirSync(target).sort()).toEqual(['kesher.db', 'keyring.json']);
    expect(fs.readFileSync(restored.keyringFile)).toEqual(keyringBytes);
    expect(fs.readdirSync(live.storeDir).sort()).toEqual(liveFilesBefore);

    const reopened = openDatabase(restored.dbFile, live.key);
    stores.push(reopened);
    const query = 'SELECT * FROM staff ORDER BY id';
    expect(reopened.sqlite.prepare(query).all()).toEqual(live.store.sqlite.prepare(query).all());
    const notes = 'SELECT * FROM probe_notes ORDER BY id';
    expect(reopened.sqlite.prepare(notes).all()).toEqual(live.store.sqlite.prepare(notes).all());
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('restores a store that opens with the same staff password and recovery key', async () => {
    const live = liveStore();
    const recoveryKey = generateRecoveryKey();
    const keyring = await createKeyring({ dbKey: live.key, username: 'dana', password: 'סיסמה-ארוכה-1', recoveryKey });
    writeKeyringAtomic(path.join(live.storeDir, 'keyring.json'), keyring);
    const created = backupOf(live);
    // The keyring files accounts under salted HMACs, so no username travels in the clear either.
    expect(fs.readFileSync(created.file).includes(Buffer.from('dana'))).toBe(false);
    const target = path.join(tempDir(), 'restored');
    const restored = restoreBackup({ backupFile: created.file, newStoreDir: target, liveStoreDir: live.storeDir });

    const restoredKeyring = readKeyring(restored.keyringFile);
    const byPassword = await unwrapWithPassword(restoredKeyring, 'dana', 'סיסמה-ארוכה-1');
    expect(byPassword.equals(live.key)).toBe(true);
    expect((await unwrapWithRecoveryKey(restoredKeyring, recoveryKey)).equals(live.key)).toBe(true);
    const reopened = openDatabase(restored.dbFile, byPassword);
    stores.push(reopened);
    expect(reopened.sqlite.prepare('SELECT count(*) FROM probe_notes').pluck().get()).toBe(400);
  });

  it('writes a file with no SQLite header, no Hebrew text and no plaintext value', () => {
    const live = liveStore();
    const bytes = fs.readFileSync(backupOf(live).file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    for (const name of hebrewNames) {
      expect(bytes.includes(Buffer.from(name))).toBe(false);
      expect(bytes.includes(Buffer.from(name, 'utf16le'))).toBe(false);
    }
    expect(/[\u05D0-\u05EA]{4,}/.test(bytes.toString('utf8'))).toBe(false);
    expect(/[\u05D0-\u05EA]{4,}/.test(bytes.toString('utf16le'))).toBe(false);
    expect(bytes.includes(Buffer.from('user0'))).toBe(false);
  });

  it('leaves no temporary files behind in the backup folder or the temp folder', () => {
    const live = liveStore();
    const verifyDirs = () => fs.readdirSync(tmpdir()).filter((name) => name.startsWith('kesher-verify-'));
    const before = verifyDirs();
    const created = backupOf(live);
    verifyBackup(created.file, live.key, created.rowCounts);
    verifyBackup(created.file, randomBytes(32));
    expect(fs.readdirSync(live.outDir)).toEqual([created.fileName]);
    expect(verifyDirs()).toEqual(before);
  });

  it('detects flipped bytes in the database part, by checksum and by page authentication', () => {
    const live = liveStore();
    const created = backupOf(live);
    const { offset, length } = dbPartRange(created.file);
    const bytes = fs.readFileSync(created.file);
    for (let i = 0; i < 8; i += 1) bytes[offset + Math.floor(length / 2) + i]! ^= 0xff;
    fs.writeFileSync(created.file, bytes);

    const verification = verifyBackup(created.file, live.key, created.rowCounts);
    expect(verification.ok).toBe(false);
    expect(verification.problems[0]).toBe('db_checksum_mismatch');
    // With the checksum passed over, the cipher's per-page authentication still refuses the page.
    expect(verification.problems.slice(1)).not.toEqual([]);
    expect(verification.problems.some((p) => ['database_damaged', 'quick_check_failed'].includes(p))).toBe(true);

    expect(() =>
      restoreBackup({ backupFile: created.file, newStoreDir: path.join(tempDir(), 'r'), liveStoreDir: live.storeDir }),
    ).toThrow(expect.objectContaining({ code: 'backup_damaged', detail: 'db_checksum_mismatch' }));
  });

  it.each([
    ['inside the database part', (size: number) => size - 100],
    ['inside the header', () => 20],
    ['to nothing', () => 0],
  ])('detects a file truncated %s', (_where, newSize) => {
    const live = liveStore();
    const created = backupOf(live);
    fs.truncateSync(created.file, newSize(fs.statSync(created.file).size));
    const verification = verifyBackup(created.file, live.key, created.rowCounts);
    expect(verification).toMatchObject({ ok: false, problems: ['truncated'] });
  });

  it('reports a wrong key, a foreign file and row counts that differ from the live store', () => {
    const live = liveStore();
    const created = backupOf(live);
    expect(verifyBackup(created.file, randomBytes(32)).problems).toEqual(['wrong_key']);
    const foreign = path.join(live.outDir, 'notes.txt');
    fs.writeFileSync(foreign, 'not a backup at all, just some text');
    expect(verifyBackup(foreign, live.key).problems).toEqual(['not_a_backup']);
    const counts = { ...created.rowCounts, staff: 6 };
    expect(verifyBackup(created.file, live.key, counts).problems).toEqual(['row_count_mismatch:staff']);
  });

  it('refuses a non-empty target and the live store folder, or a folder inside it', () => {
    const live = liveStore();
    const created = backupOf(live);
    const occupied = tempDir();
    fs.writeFileSync(path.join(occupied, 'something.txt'), 'x');
    const attempt = (newStoreDir: string) => () =>
      restoreBackup({ backupFile: created.file, newStoreDir, liveStoreDir: live.storeDir });
    expect(attempt(occupied)).toThrow(expect.objectContaining({ code: 'target_not_empty' }));
    expect(attempt(live.storeDir)).toThrow(expect.objectContaining({ code: 'target_is_live_store' }));
    expect(attempt(path.join(live.storeDir, 'restored'))).toThrow(
      expect.objectContaining({ code: 'target_is_live_store' }),
    );
    const link = path.join(tempDir(), 'link-to-live');
    fs.symlinkSync(live.storeDir, link);
    expect(attempt(link)).toThrow(expect.objectContaining({ code: 'target_is_live_store' }));
    expect(fs.readdirSync(occupied)).toEqual(['something.txt']);
  });

  it('refuses to back up a store without its keyring and leaves nothing behind', () => {
    const live = liveStore();
    fs.rmSync(path.join(live.storeDir, 'keyring.json'));
    expect(() => backupOf(live)).toThrow(BackupError);
    expect(fs.existsSync(live.outDir) ? fs.readdirSync(live.outDir) : []).toEqual([]);
  });
});

describe('runBackup', () => {
  it('records the verified backup in the history and the audit log, then rotates', () => {
    const live = liveStore();
    fs.mkdirSync(live.outDir, { recursive: true });
    const stale = path.join(live.outDir, 'kesher-TLV01-20250303-170000.kbak');
    const olderSameDay = path.join(live.outDir, 'kesher-TLV01-20250304-080000.kbak');
    fs.writeFileSync(stale, 'older backup of the day before');
    fs.writeFileSync(olderSameDay, 'an earlier backup of the same day');

    const outcome = runBackup({
      ...live,
      ...live.store,
      dbKey: live.key,
      centreCode: 'TLV01',
      actorId: 3,
      now: backupAt,
    });
    expect(outcome.entry).toEqual({
      file: 'kesher-TLV01-20250304-170509.kbak',
      createdAt: backupAt.toISOString(),
      ok: true,
      problems: [],
    });
    expect(outcome.rotation?.deleted).toEqual([path.basename(olderSameDay)]);
    expect(fs.existsSync(stale)).toBe(true);

    const { db, sqlite } = live.store;
    expect(readBackupHistory(db)).toEqual([outcome.entry]);
    expect(lastGoodBackupAt(readBackupHistory(db))).toEqual(backupAt);
    expect(listAudit(db, { limit: 5, offset: 0 }).rows[0]).toMatchObject({
      action: 'backup_created',
      actorId: 3,
      outcome: 'ok',
    });
    expect(verifyAuditChain(sqlite).ok).toBe(true);
  });

  it('records a failed backup without throwing and without rotating', () => {
    const live = liveStore();
    fs.rmSync(path.join(live.storeDir, 'keyring.json'));
    const logged: string[] = [];
    setLogSink((level, message, fields) => logged.push(`${level} ${message} ${JSON.stringify(fields)}`));
    const outcome = runBackup({
      ...live,
      ...live.store,
      dbKey: live.key,
      centreCode: 'TLV01',
      actorId: null,
      now: backupAt,
    });
    expect(outcome).toEqual({
      entry: { file: null, createdAt: backupAt.toISOString(), ok: false, problems: ['keyring_missing'] },
      rotation: null,
    });
    setLogSink(null);
    expect(logged).toEqual(['warn backup failed {"problems":"keyring_missing"}']);
    expect(lastGoodBackupAt(readBackupHistory(live.store.db))).toBeNull();
    expect(listAudit(live.store.db, { limit: 1, offset: 0 }).rows[0]).toMatchObject({
      action: 'backup_failed',
      outcome: 'keyring_missing',
    });
  });
});
