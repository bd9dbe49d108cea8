import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyring,
  DB_KEY_BYTES,
  generateDbKey,
  generateRecoveryKey,
  hasPasswordWrap,
  KeyringError,
  normaliseUsername,
  removePasswordWrap,
  parseKeyring,
  setPasswordWrap,
  setRecoveryWrap,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  usernameLookup,
  type Keyring,
} from '../../../electron/services/auth/keyring';
import { DEFAULT_KDF_COST, type KdfCost } from '../../../electron/services/auth/kdf';
import { serialiseKeyring, type PasswordWrap } from '../../../electron/services/auth/keyring-file';

/*
 * The keyring's edges beside keyring.test.ts: which cost a new password gets, which wraps a
 * change leaves alone, how a password and a username are read, and what is refused before any work.
 */

// Real Argon2id at the 64 MiB floor; one pass keeps each derivation short.
const ONE_PASS: KdfCost = { memoryKiB: 65_536, iterations: 1, parallelism: 1 };
const TWO_PASSES: KdfCost = { memoryKiB: 65_536, iterations: 2, parallelism: 1 };

const costOf = (keyring: Keyring, username: string): KdfCost => {
  const lookup = usernameLookup(keyring, username);
  const wrap = keyring.wraps.find((w): w is PasswordWrap => w.kind === 'password' && w.lookup === lookup)!;
  return { memoryKiB: wrap.kdf.memoryKiB, iterations: wrap.kdf.iterations, parallelism: wrap.kdf.parallelism };
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('a keyring after changes', () => {
  const dbKey = generateDbKey();
  const recoveryKey = generateRecoveryKey();
  let keyring: Keyring;

  beforeAll(async () => {
    const first = await createKeyring({
      storeId: 'store-1',
      dbKey,
      username: 'dana',
      password: 'first passphrase',
      recoveryKey,
      kdf: ONE_PASS,
    });
    keyring = await setPasswordWrap(first, dbKey, 'yossi', 'second passphrase', TWO_PASSES);
  });

  it('is filed under the store id it was given', () => {
    expect(keyring.storeId).toBe('store-1');
    expect(keyring.wraps.map((w) => w.kind)).toEqual(['recovery', 'password', 'password']);
  });

  it('gives a new password the strongest cost already in the keyring, whichever account holds it', async () => {
    const added = await setPasswordWrap(keyring, dbKey, 'avi', 'third passphrase');
    expect(costOf(added, 'avi')).toEqual(TWO_PASSES);
    // The same with the stronger account filed first.
    const reordered = { ...keyring, wraps: [...keyring.wraps].reverse() };
    expect(costOf(await setPasswordWrap(reordered, dbKey, 'avi', 'third passphrase'), 'avi')).toEqual(TWO_PASSES);
  });

  it('gives the default cost to the first password of a keyring that has none left', async () => {
    const bare = removePasswordWrap(removePasswordWrap(keyring, 'dana'), 'yossi');
    expect(bare.wraps.map((w) => w.kind)).toEqual(['recovery']);
    const added = await setPasswordWrap(bare, dbKey, 'avi', 'third passphrase');
    expect(costOf(added, 'avi')).toEqual(DEFAULT_KDF_COST);
  });

  it('changes one account’s password leaving the other account and the recovery key working', async () => {
    const changed = await setPasswordWrap(keyring, dbKey, 'Dana ', 'new passphrase', ONE_PASS);
    expect(changed.wraps).toHaveLength(3);
    expect((await unwrapWithPassword(changed, 'dana', 'new passphrase')).equals(dbKey)).toBe(true);
    expect((await unwrapWithPassword(changed, 'yossi', 'second passphrase')).equals(dbKey)).toBe(true);
    expect((await unwrapWithRecoveryKey(changed, recoveryKey)).equals(dbKey)).toBe(true);
  });

  it('removes only the named account', async () => {
    const removed = removePasswordWrap(keyring, 'yossi');
    expect(hasPasswordWrap(removed, 'yossi')).toBe(false);
    expect(hasPasswordWrap(removed, 'dana')).toBe(true);
    expect((await unwrapWithPassword(removed, 'dana', 'first passphrase')).equals(dbKey)).toBe(true);
  });

  it('answers whether an account has a password, a blank name having none', () => {
    expect(hasPasswordWrap(keyring, ' YOSSI')).toBe(true);
    expect(hasPasswordWrap(keyring, 'nobody')).toBe(false);
    expect(hasPasswordWrap(keyring, '   ')).toBe(false);
  });

  it('keeps every account’s password working when the recovery key is replaced', async () => {
    const newRecoveryKey = generateRecoveryKey();
    const replaced = await setRecoveryWrap(keyring, dbKey, newRecoveryKey);
    expect(replaced.wraps.map((w) => w.kind).sort()).toEqual(['password', 'password', 'recovery']);
    expect((await unwrapWithPassword(replaced, 'dana', 'first passphrase')).equals(dbKey)).toBe(true);
    expect((await unwrapWithPassword(replaced, 'yossi', 'second passphrase')).equals(dbKey)).toBe(true);
    expect((await unwrapWithRecoveryKey(replaced, newRecoveryKey)).equals(dbKey)).toBe(true);
  });

  it('starts as one recovery wrap and one password wrap, which its file reads back', async () => {
    const fresh = await createKeyring({ dbKey, username: 'avi', password: 'a passphrase', recoveryKey, kdf: ONE_PASS });
    expect(fresh.wraps.map((w) => w.kind)).toEqual(['recovery', 'password']);
    expect(parseKeyring(serialiseKeyring(fresh))).toEqual(fresh);
  });

  it('refuses the recovery key of a keyring whose recovery wrap is gone', async () => {
    const withoutRecovery = { ...keyring, wraps: keyring.wraps.filter((w) => w.kind !== 'recovery') };
    const error = await failure(unwrapWithRecoveryKey(withoutRecovery, recoveryKey));
    expect(error).toBeInstanceOf(KeyringError);
    expect((error as KeyringError).code).toBe('wrong_recovery_key');
  });
});

describe('reading a password and a username', () => {
  it('opens with a Hebrew password whatever Unicode composition it is typed in', async () => {
    const dbKey = generateDbKey();
    // Shin with its dot typed before the qamats on one keyboard, after it on another.
    const typedHere = 'ש\u05C1\u05B8לוֹם';
    const typedThere = 'ש\u05B8\u05C1לוֹם';
    expect(typedHere).not.toBe(typedThere);
    const keyring = await createKeyring({
      dbKey,
      username: 'miriam',
      password: typedHere,
      recoveryKey: generateRecoveryKey(),
      kdf: ONE_PASS,
    });
    expect((await unwrapWithPassword(keyring, 'miriam', typedThere)).equals(dbKey)).toBe(true);
  });

  it('reads a username trimmed, composed and in lower case', () => {
    expect(normaliseUsername('  Dana.LEVI ')).toBe('dana.levi');
    expect(normaliseUsername('דנה'.normalize('NFD'))).toBe('דנה'.normalize('NFC'));
  });

  it('files the same username differently in two stores', async () => {
    const make = () =>
      createKeyring({
        dbKey: generateDbKey(),
        username: 'dana',
        password: 'a passphrase',
        recoveryKey: generateRecoveryKey(),
        kdf: ONE_PASS,
      });
    const [a, b] = await Promise.all([make(), make()]);
    expect(a.storeId).not.toBe(b.storeId);
    expect(usernameLookup(a, 'dana')).not.toBe(usernameLookup(b, 'dana'));
  });
});

describe('refused before any work', () => {
  let keyring: Keyring;
  const dbKey = generateDbKey();
  beforeAll(async () => {
    keyring = await createKeyring({
      dbKey,
      username: 'dana',
      password: 'a passphrase',
      recoveryKey: generateRecoveryKey(),
      kdf: ONE_PASS,
    });
  });

  it('a blank username or an empty password for a new wrap', async () => {
    await expect(setPasswordWrap(keyring, dbKey, '  ', 'a passphrase', ONE_PASS)).rejects.toThrow('username is empty');
    await expect(setPasswordWrap(keyring, dbKey, 'avi', '', ONE_PASS)).rejects.toThrow('password is empty');
    expect(() => removePasswordWrap(keyring, ' ')).toThrow(RangeError);
  });

  it('a database key given as text, even of the right length', async () => {
    const text = 'k'.repeat(DB_KEY_BYTES) as unknown as Buffer;
    await expect(setPasswordWrap(keyring, text, 'avi', 'a passphrase', ONE_PASS)).rejects.toThrow(
      'database key must be 32 bytes',
    );
  });

  it('makes a fresh 32-byte database key each time', () => {
    const [a, b] = [generateDbKey(), generateDbKey()];
    expect(a).toHaveLength(DB_KEY_BYTES);
    expect(a.equals(b)).toBe(false);
  });
});
