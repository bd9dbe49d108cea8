import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../db/errors';
import { acquireStoreLock, isProcessAlive, LOCK_FILE_NAME } from '../../electron/services/store/lock-file';

let dir: string;
let lockFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-lock-'));
  lockFile = path.join(dir, LOCK_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function snapshot() {
  return {
    names: readdirSync(dir).sort(),
    bytes: readFileSync(lockFile),
    mtimeMs: statSync(lockFile).mtimeMs,
    ino: statSync(lockFile).ino,
  };
}

function expectInUse(detail?: string): void {
  let thrown: unknown;
  try {
    acquireStoreLock(dir);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StoreError);
  expect((thrown as StoreError).code).toBe('store_in_use');
  if (detail) expect((thrown as StoreError).detail).toBe(detail);
}

function writeLock(owner: { pid: number; hostname?: string; startedAt?: string }): void {
  const { pid, hostname = os.hostname(), startedAt = new Date().toISOString() } = owner;
  writeFileSync(lockFile, JSON.stringify({ pid, hostname, startedAt }));
}

describe('taking the store lock', () => {
  it('creates store.lock naming this process and removes it on release', () => {
    const lock = acquireStoreLock(dir);
    const content = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, unknown>;
    expect(content).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(Number.isNaN(Date.parse(content.startedAt as string))).toBe(false);
    expect(lock.tookOverStale).toBe(false);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
    lock.release(); // a second release is harmless
  });

  it('refuses a second taker while the first holds it, changing no file', () => {
    const lock = acquireStoreLock(dir);
    const before = snapshot();
    expectInUse('this_host');
    expect(snapshot()).toEqual(before);
    lock.release();
    acquireStoreLock(dir).release();
  });

  it('after release, another taker gets it', () => {
    acquireStoreLock(dir).release();
    const again = acquireStoreLock(dir);
    expect(again.tookOverStale).toBe(false);
    again.release();
  });
});

describe('a lock left by another process', () => {
  let sleeper: ChildProcess;

  beforeAll(async () => {
    sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    await new Promise((resolve) => sleeper.once('spawn', resolve));
  });
  afterAll(() => {
    sleeper.kill();
  });

  it('is respected while that process is alive on this computer, and no file changes', () => {
    expect(isProcessAlive(sleeper.pid as number)).toBe(true);
    writeLock({ pid: sleeper.pid as number });
    const before = snapshot();
    expectInUse('this_host');
    expect(snapshot()).toEqual(before);
  });

  it('is taken over once that process has ended', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    writeLock({ pid: child.pid as number });
    expectInUse();
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));

    const lock = acquireStoreLock(dir);
    expect(lock.tookOverStale).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]); // no temporary file left
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is taken over when its pid does not exist', () => {
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    expect(isProcessAlive(pid)).toBe(false);
    writeLock({ pid });
    const lock = acquireStoreLock(dir);
    expect(lock.tookOverStale).toBe(true);
    lock.release();
  });

  it('is taken over when it was written before this computer last started, even if its pid is alive now', () => {
    writeLock({ pid: sleeper.pid as number, startedAt: '2001-01-01T00:00:00.000Z' });
    const lock = acquireStoreLock(dir);
    expect(lock.tookOverStale).toBe(true);
    lock.release();
  });

  it('is respected when it names another computer, whose processes cannot be checked from here', () => {
    writeLock({ pid: 12345, hostname: `not-${os.hostname()}` });
    const before = snapshot();
    expectInUse('other_host');
    expect(snapshot()).toEqual(before);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'not a lock at all'],
    ['half-written JSON', '{"pid": 12'],
    ['JSON of the wrong shape', JSON.stringify({ pid: 'twelve', hostname: 1 })],
  ])('is taken over when it is %s', (_what, content) => {
    writeFileSync(lockFile, content);
    const lock = acquireStoreLock(dir);
    expect(lock.tookOverStale).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });
});

describe('releasing', () => {
  it('leaves alone a lock that has since been taken by someone else', () => {
    const lock = acquireStoreLock(dir);
    const foreign = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: new Date().toISOString(), token: 'x' });
    writeFileSync(lockFile, foreign);
    lock.release();
    expect(readFileSync(lockFile, 'utf8')).toBe(foreign);
  });
});
