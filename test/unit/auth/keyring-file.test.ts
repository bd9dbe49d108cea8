import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from '../../../electron/platform/files';
import {
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  unwrapWithPassword,
  type Keyring,
} from '../../../electron/services/auth/keyring';
import { readKeyring, writeKeyringAtomic } from '../../../electron/services/auth/keyring-file';
import { KeyringError } from '../../../electron/services/auth/keyring-error';

function keyringErrorCode(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    return (error as KeyringError).code;
  }
}

describe('the keyring file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-keyring-'));
  const file = path.join(dir, 'keyring.json');
  const dbKey = generateDbKey();
  let keyring: Keyring;

  beforeAll(async () => {
    keyring = await createKeyring({
      dbKey,
      username: 'tamar',
      password: 'long enough passphrase',
      recoveryKey: generateRecoveryKey(),
      kdf: { memoryKiB: 65_536, iterations: 1, parallelism: 1 },
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written, and the key still unwraps from it', async () => {
    writeKeyringAtomic(file, keyring);
    const read = readKeyring(file);
    expect(read).toEqual(keyring);
    expect((await unwrapWithPassword(read, 'tamar', 'long enough passphrase')).equals(dbKey)).toBe(true);
  });

  it.runIf(process.platform !== 'win32')('is readable by its owner only', () => {
    writeKeyringAtomic(file, keyring);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reports a missing file as keyring_missing', () => {
    expect(keyringErrorCode(() => readKeyring(path.join(dir, 'absent.json')))).toBe('keyring_missing');
  });

  it('reports bad JSON or a wrong shape as keyring_damaged', () => {
    const damaged = path.join(dir, 'damaged.json');
    const good = JSON.parse(JSON.stringify(keyring)) as Record<string, unknown> & { wraps: Record<string, unknown>[] };
    const password = good.wraps.find((w) => w.kind === 'password') as Record<string, unknown>;
    const variants: unknown[] = [
      { ...good, version: 2 },
      { ...good, format: 'other' },
      { ...good, storeId: 'not-a-uuid' },
      { ...good, lookupSalt: Buffer.alloc(8).toString('base64') },
      { ...good, extra: true },
      { ...good, wraps: [...good.wraps, password] }, // the same account twice
      { ...good, wraps: [...good.wraps, good.wraps.find((w) => w.kind === 'recovery')] }, // two recovery wraps
      { ...good, wraps: [{ ...password, lookup: 'dana' }] },
      { ...good, wraps: [{ ...password, ciphertext: Buffer.alloc(32).toString('base64') }] },
      { ...good, wraps: [{ ...password, kdf: { ...(password.kdf as object), memoryKiB: 1024 } }] },
      { ...good, wraps: [{ ...password, kdf: { ...(password.kdf as object), algorithm: 'scrypt' } }] },
      [],
      null,
    ];
    for (const variant of variants) {
      writeFileSync(damaged, JSON.stringify(variant));
      expect(keyringErrorCode(() => readKeyring(damaged))).toBe('keyring_damaged');
    }
    for (const text of ['', '{', 'not json', JSON.stringify(good).slice(0, -10)]) {
      writeFileSync(damaged, text);
      expect(keyringErrorCode(() => readKeyring(damaged))).toBe('keyring_damaged');
    }
  });

  it('refuses to write a keyring that would not read back', () => {
    const broken = { ...keyring, storeId: 'nope' } as Keyring;
    expect(() => writeKeyringAtomic(path.join(dir, 'never.json'), broken)).toThrow();
    expect(readdirSync(dir)).not.toContain('never.json');
  });

  it('leaves the old file intact and no temporary file behind when the write fails midway', () => {
    writeKeyringAtomic(file, keyring);
    const before = readFileSync(file);
    const failing: AtomicWriteFs = {
      ...nodeFs,
      // Half the bytes reach the temporary file, then the disk "fills up".
      writeSync: (fd, data, offset, length, position) => {
        nodeFs.writeSync(fd, data, offset, Math.floor(length / 2), position);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const changed = { ...keyring, wraps: keyring.wraps.filter((w) => w.kind === 'recovery') };
    expect(() => writeKeyringAtomic(file, changed, failing)).toThrow('ENOSPC');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readKeyring(file)).toEqual(keyring);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file intact when the flush before the rename fails', () => {
    const target = path.join(dir, 'plain.txt');
    writeFileAtomic(target, 'old content');
    const failing: AtomicWriteFs = {
      ...nodeFs,
      fsyncSync: () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
    };
    expect(() => writeFileAtomic(target, 'new content', failing)).toThrow('EIO');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the file completely on success', () => {
    const target = path.join(dir, 'replace.txt');
    writeFileAtomic(target, 'a much longer first version of the content');
    writeFileAtomic(target, 'short');
    expect(readFileSync(target, 'utf8')).toBe('short');
  });
});
