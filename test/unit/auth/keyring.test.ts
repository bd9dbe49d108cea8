import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  hasPasswordWrap,
  KeyringError,
  removePasswordWrap,
  setPasswordWrap,
  setRecoveryWrap,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  usernameLookup,
  type Keyring,
} from '../../../electron/services/auth/keyring';
import { serialiseKeyring, type PasswordWrap } from '../../../electron/services/auth/keyring-file';
import type { KdfCost } from '../../../electron/services/auth/kdf';

// Real Argon2id at the 64 MiB floor with one pass: the production code path, at ~30 ms a run.
const TEST_KDF: KdfCost = { memoryKiB: 65_536, iterations: 1, parallelism: 1 };

async function expectKeyringError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyringError);
  expect((error as KeyringError).code).toBe(code);
  expect((error as KeyringError).messageKey).toBe(`errors.keyring.${code}`);
}

function passwordWrap(keyring: Keyring, username: string): PasswordWrap {
  const lookup = usernameLookup(keyring, username);
  const wrap = keyring.wraps.find((w): w is PasswordWrap => w.kind === 'password' && w.lookup === lookup);
  if (!wrap) throw new Error(`no wrap for ${username}`);
  return wrap;
}

describe('a keyring with two accounts and a recovery key', () => {
  const dbKey = generateDbKey();
  const recoveryKey = generateRecoveryKey();
  let keyring: Keyring;

  beforeAll(async () => {
    const first = await createKeyring({
      dbKey,
      username: 'Dana.Levi',
      password: 'ירוק כמו דשא באביב',
      recoveryKey,
      kdf: TEST_KDF,
    });
    keyring = await setPasswordWrap(first, dbKey, 'yossi', 'another long passphrase', TEST_KDF);
  });

  it('gives back the database key for the right password of each account', async () => {
    expect((await unwrapWithPassword(keyring, 'Dana.Levi', 'ירוק כמו דשא באביב')).equals(dbKey)).toBe(true);
    expect((await unwrapWithPassword(keyring, 'yossi', 'another long passphrase')).equals(dbKey)).toBe(true);
  });

  it('finds the account whatever the case, surrounding spaces or Unicode composition of the username', async () => {
    expect((await unwrapWithPassword(keyring, '  DANA.levi ', 'ירוק כמו דשא באביב')).equals(dbKey)).toBe(true);
    expect(hasPasswordWrap(keyring, 'YOSSI')).toBe(true);
    const composed = 'שָׁלוֹם';
    const decomposed = composed.normalize('NFD');
    expect(usernameLookup(keyring, decomposed)).toBe(usernameLookup(keyring, composed));
  });

  it('refuses a wrong password with wrong_password', async () => {
    await expectKeyringError(unwrapWithPassword(keyring, 'yossi', 'another long passphrasE'), 'wrong_password');
  });

  it('refuses an unknown username with the same wrong_password error', async () => {
    expect(hasPasswordWrap(keyring, 'nobody')).toBe(false);
    await expectKeyringError(unwrapWithPassword(keyring, 'nobody', 'another long passphrase'), 'wrong_password');
  });

  it('treats a blank username or password as a failed sign-in', async () => {
    expect(hasPasswordWrap(keyring, '   ')).toBe(false);
    await expectKeyringError(unwrapWithPassword(keyring, '   ', 'another long passphrase'), 'wrong_password');
    await expectKeyringError(unwrapWithPassword(keyring, 'yossi', ''), 'wrong_password');
  });

  it('does not unlock one account with a wrap copied from another account', async () => {
    const dana = passwordWrap(keyring, 'Dana.Levi');
    const yossi = passwordWrap(keyring, 'yossi');
    // Yossi's slot now holds Dana's sealed key: only the lookup was kept, as an attacker would do.
    const swapped: Keyring = {
      ...keyring,
      wraps: keyring.wraps.map((w) => (w === yossi ? { ...dana, lookup: yossi.lookup } : w)),
    };
    await expectKeyringError(unwrapWithPassword(swapped, 'yossi', 'ירוק כמו דשא באביב'), 'wrong_password');
    await expectKeyringError(unwrapWithPassword(swapped, 'yossi', 'another long passphrase'), 'wrong_password');
  });

  it('does not unlock a wrap moved into a keyring of another store', async () => {
    const moved: Keyring = { ...keyring, storeId: '2d4c5a1e-8f0b-4c3d-9e2a-7b6f5d4c3b2a' };
    await expectKeyringError(unwrapWithPassword(moved, 'yossi', 'another long passphrase'), 'wrong_password');
  });

  it('detects a changed ciphertext, nonce or KDF salt', async () => {
    const yossi = passwordWrap(keyring, 'yossi');
    const flip = (b64: string, at: number) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[at] = (bytes[at] as number) ^ 0x01;
      return bytes.toString('base64');
    };
    const variants: PasswordWrap[] = [
      { ...yossi, ciphertext: flip(yossi.ciphertext, 0) },
      { ...yossi, ciphertext: flip(yossi.ciphertext, 47) }, // inside the GCM tag
      { ...yossi, nonce: flip(yossi.nonce, 5) },
      { ...yossi, kdf: { ...yossi.kdf, salt: flip(yossi.kdf.salt, 3) } },
    ];
    for (const tampered of variants) {
      const copy: Keyring = { ...keyring, wraps: keyring.wraps.map((w) => (w === yossi ? tampered : w)) };
      await expectKeyringError(unwrapWithPassword(copy, 'yossi', 'another long passphrase'), 'wrong_password');
    }
  });

  it('keeps the username and the database key out of the saved file', () => {
    const text = serialiseKeyring(keyring);
    for (const secret of ['Dana.Levi', 'dana.levi', 'yossi', dbKey.toString('hex'), dbKey.toString('base64')]) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(text).not.toContain(dbKey.toString('base64url'));
  });

  it('opens with the recovery key however it is typed', async () => {
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect((await unwrapWithRecoveryKey(keyring, typed)).equals(dbKey)).toBe(true);
  });

  it('refuses another well-formed recovery key with wrong_recovery_key', async () => {
    await expectKeyringError(unwrapWithRecoveryKey(keyring, generateRecoveryKey()), 'wrong_recovery_key');
  });

  it('reports a mistyped recovery key as malformed', async () => {
    const last = recoveryKey.at(-1) === '0' ? '1' : '0';
    await expectKeyringError(unwrapWithRecoveryKey(keyring, recoveryKey.slice(0, -1) + last), 'recovery_key_malformed');
    await expectKeyringError(unwrapWithRecoveryKey(keyring, recoveryKey.slice(0, -5)), 'recovery_key_malformed');
  });

  it('rejects a recovery wrap presented in a password slot', async () => {
    const recovery = keyring.wraps.find((w) => w.kind === 'recovery');
    if (!recovery) throw new Error('no recovery wrap');
    const lookup = usernameLookup(keyring, 'yossi');
    const forged: Keyring = {
      ...keyring,
      wraps: keyring.wraps.map((w) =>
        w.kind === 'password' && w.lookup === lookup ? { ...recovery, kind: 'password', lookup } : w,
      ),
    };
    await expectKeyringError(unwrapWithPassword(forged, 'yossi', recoveryKey), 'wrong_password');
  });
});

describe('changing the wraps of a keyring', () => {
  const dbKey = generateDbKey();
  let keyring: Keyring;

  beforeAll(async () => {
    keyring = await createKeyring({
      dbKey,
      username: 'miriam',
      password: 'old passphrase here',
      recoveryKey: generateRecoveryKey(),
      kdf: TEST_KDF,
    });
  });

  it('after a password change the old password fails and the new one works, without touching the original', async () => {
    const changed = await setPasswordWrap(keyring, dbKey, 'miriam', 'new passphrase here', TEST_KDF);
    await expectKeyringError(unwrapWithPassword(changed, 'miriam', 'old passphrase here'), 'wrong_password');
    expect((await unwrapWithPassword(changed, 'miriam', 'new passphrase here')).equals(dbKey)).toBe(true);
    expect(changed.wraps.filter((w) => w.kind === 'password')).toHaveLength(1);
    expect((await unwrapWithPassword(keyring, 'miriam', 'old passphrase here')).equals(dbKey)).toBe(true);
  });

  it('after removing the wrap the account cannot unlock, and the recovery wrap stays', async () => {
    const removed = removePasswordWrap(keyring, 'MIRIAM');
    expect(hasPasswordWrap(removed, 'miriam')).toBe(false);
    expect(removed.wraps.map((w) => w.kind)).toEqual(['recovery']);
    await expectKeyringError(unwrapWithPassword(removed, 'miriam', 'old passphrase here'), 'wrong_password');
  });

  it('gives a new wrap the cost of the existing ones when none is passed', async () => {
    const added = await setPasswordWrap(keyring, dbKey, 'avi', 'a third passphrase');
    const { memoryKiB, iterations, parallelism } = passwordWrap(added, 'avi').kdf;
    expect({ memoryKiB, iterations, parallelism }).toEqual(TEST_KDF);
  });

  it('after replacing the recovery key only the new one opens', async () => {
    const oldKey = generateRecoveryKey();
    const newKey = generateRecoveryKey();
    const withOld = await setRecoveryWrap(keyring, dbKey, oldKey);
    const withNew = await setRecoveryWrap(withOld, dbKey, newKey);
    expect(withNew.wraps.filter((w) => w.kind === 'recovery')).toHaveLength(1);
    await expectKeyringError(unwrapWithRecoveryKey(withNew, oldKey), 'wrong_recovery_key');
    expect((await unwrapWithRecoveryKey(withNew, newKey)).equals(dbKey)).toBe(true);
  });

  it('refuses a KDF cost below 64 MiB before doing any work', async () => {
    const weak = { memoryKiB: 32_768, iterations: 8, parallelism: 1 } as const;
    await expectKeyringError(setPasswordWrap(keyring, dbKey, 'miriam', 'whatever passphrase', weak), 'kdf_too_weak');
    await expectKeyringError(
      createKeyring({
        dbKey,
        username: 'x',
        password: 'long enough pass',
        recoveryKey: generateRecoveryKey(),
        kdf: weak,
      }),
      'kdf_too_weak',
    );
  });

  it('refuses a database key that is not 32 bytes', async () => {
    await expect(setPasswordWrap(keyring, Buffer.alloc(16), 'miriam', 'whatever passphrase')).rejects.toThrow(
      RangeError,
    );
  });
});
