import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { StoreError } from '../../db/errors';
import {
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  readKeyring,
  setPasswordWrap,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  writeKeyringAtomic,
} from '../../electron/services/auth/keyring';

const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;

describe('unlocking an encrypted store through its keyring file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-unlock-'));
  const dbFile = path.join(dir, 'kesher.db');
  const keyringFile = path.join(dir, 'keyring.json');
  const recoveryKey = generateRecoveryKey();

  beforeAll(async () => {
    const dbKey = generateDbKey();
    const created = openDatabase(dbFile, dbKey, { create: true });
    created.sqlite.exec('CREATE TABLE probe (value TEXT)');
    created.sqlite.prepare('INSERT INTO probe VALUES (?)').run('written before the keyring existed');
    created.close();
    const keyring = await createKeyring({
      dbKey,
      username: 'noa',
      password: 'first passphrase!',
      recoveryKey,
      kdf: KDF,
    });
    writeKeyringAtomic(keyringFile, keyring);
    dbKey.fill(0);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function readProbe(key: Buffer): string {
    const opened = openDatabase(dbFile, key);
    try {
      return (opened.sqlite.prepare('SELECT value FROM probe').get() as { value: string }).value;
    } finally {
      opened.close();
    }
  }

  it('opens the database with the key unwrapped by the password', async () => {
    const key = await unwrapWithPassword(readKeyring(keyringFile), 'Noa', 'first passphrase!');
    expect(readProbe(key)).toBe('written before the keyring existed');
  });

  it('opens the database with the key unwrapped by the recovery key', async () => {
    const key = await unwrapWithRecoveryKey(readKeyring(keyringFile), recoveryKey.toLowerCase());
    expect(readProbe(key)).toBe('written before the keyring existed');
  });

  it('keeps opening the same database after a password change, without re-encrypting it', async () => {
    const dbBefore = readFileSync(dbFile);
    const keyring = readKeyring(keyringFile);
    const key = await unwrapWithPassword(keyring, 'noa', 'first passphrase!');
    writeKeyringAtomic(keyringFile, await setPasswordWrap(keyring, key, 'noa', 'second passphrase!'));
    expect(readFileSync(dbFile).equals(dbBefore)).toBe(true);
    const again = await unwrapWithPassword(readKeyring(keyringFile), 'noa', 'second passphrase!');
    expect(readProbe(again)).toBe('written before the keyring existed');
  });

  it('does not open the database with a key other than the wrapped one', () => {
    expect(() => readProbe(generateDbKey())).toThrow(StoreError);
  });
});
