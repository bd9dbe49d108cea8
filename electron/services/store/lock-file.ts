import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { StoreError } from '../../../db/errors';
import { writeFileAtomic } from '../../platform/files';

/*
 * One app per store: two processes writing the same SQLite file through WAL on a shared or synced
 * folder is how stores get corrupted. The lock names its owner so a lock left behind by a crash can
 * be recognised and taken over, while a live owner is never disturbed.
 */

export const LOCK_FILE_NAME = 'store.lock';

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.iso.datetime(),
  /** Random per acquisition: "still ours" must survive pid reuse and a copied folder. */
  token: z.string().optional(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

export interface StoreLock {
  file: string;
  owner: LockOwner;
  /** True when a crashed owner's lock was taken over; worth a line in the log. */
  tookOverStale: boolean;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

type Reading = { kind: 'absent' } | { kind: 'garbage' } | { kind: 'owner'; owner: LockOwner };

function readLock(file: string): Reading {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'absent' } : { kind: 'garbage' };
  }
  try {
    const parsed = ownerSchema.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'owner', owner: parsed.data } : { kind: 'garbage' };
  } catch {
    return { kind: 'garbage' };
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A lock caught between its creation and its one write looks empty; give the writer a moment. */
function readLockSettled(file: string): Reading {
  const first = readLock(file);
  if (first.kind !== 'garbage') return first;
  sleepSync(50);
  return readLock(file);
}

/** Signal 0 checks existence only; EPERM means the process exists but belongs to another user. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const BOOT_SLACK_MS = 60_000;

/**
 * Whether `owner` may still be running. Another computer's lock cannot be checked from here, so it
 * counts as held. On this computer, a lock older than the last boot is stale even if its pid has been
 * reused since, which after a restart is likely.
 */
function isHeld(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return true;
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Date.parse(owner.startedAt) < bootedAt - BOOT_SLACK_MS) return false;
  return isProcessAlive(owner.pid);
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function makeLock(file: string, owner: LockOwner, tookOverStale: boolean): StoreLock {
  let released = false;
  return {
    file,
    owner,
    tookOverStale,
    release() {
      if (released) return;
      released = true;
      const current = readLock(file);
      if (current.kind === 'owner' && current.owner.token === owner.token) fs.rmSync(file, { force: true });
    },
  };
}

/**
 * Takes `store.lock` in `storeDir`, or throws `StoreError('store_in_use')` without touching any file
 * when a live owner holds it. A stale or unreadable lock is replaced in one rename, so no reader ever
 * sees it half-written. Two processes replacing the same stale lock in the same instant could both
 * succeed; the re-read below narrows that window to microseconds and SQLite's own locking remains.
 */
export function acquireStoreLock(storeDir: string): StoreLock {
  const file = path.join(storeDir, LOCK_FILE_NAME);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(16).toString('hex'),
  };
  const content = `${JSON.stringify(owner)}\n`;

  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (createExclusive(file, content)) return makeLock(file, owner, false);
    const existing = readLockSettled(file);
    if (existing.kind === 'absent') continue; // released between our attempt and our read
    if (existing.kind === 'owner' && isHeld(existing.owner)) {
      throw new StoreError('store_in_use', existing.owner.hostname === owner.hostname ? 'this_host' : 'other_host');
    }
    writeFileAtomic(file, content);
    const after = readLock(file);
    if (after.kind === 'owner' && after.owner.token === owner.token) return makeLock(file, owner, true);
    throw new StoreError('store_in_use', 'race');
  }
  throw new StoreError('store_in_use', 'race');
}

/** Whether a live owner holds `store.lock` in `storeDir`; reads only, so a check can leave the folder untouched. */
export function isStoreLockHeld(storeDir: string): boolean {
  const reading = readLock(path.join(storeDir, LOCK_FILE_NAME));
  return reading.kind === 'owner' && isHeld(reading.owner);
}
