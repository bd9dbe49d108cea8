import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  KeyringError,
  setPasswordWrap,
  setRecoveryWrap,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  type Keyring,
} from '../../../electron/services/auth/keyring';
import type * as Kdf from '../../../electron/services/auth/kdf';

/*
 * The keyring zeroes the secrets it turns into bytes (a password, a recovery key) and every key
 * it derives from them as soon as it is done, on success and on failure alike, so a memory dump
 * or a swapped-out page taken after a sign-in holds neither. kdf.ts leaves that to its caller;
 * here the real Argon2id runs and each buffer it is given or gives back is kept to be looked at.
 */

const handled = vi.hoisted(() => ({ secrets: [] as Uint8Array[], keys: [] as Buffer[] }));

vi.mock('../../../electron/services/auth/kdf', async (importOriginal) => {
  const real = await importOriginal<typeof Kdf>();
  return {
    ...real,
    deriveKey: async (secret: Uint8Array, params: Kdf.KdfParams) => {
      handled.secrets.push(secret);
      const key = await real.deriveKey(secret, params);
      handled.keys.push(key);
      return key;
    },
  };
});

const ONE_PASS: Kdf.KdfCost = { memoryKiB: 65_536, iterations: 1, parallelism: 1 };
const dbKey = generateDbKey();
const recoveryKey = generateRecoveryKey();
const zeroed = (bytes: Uint8Array) => bytes.every((b) => b === 0);

/** Every secret and derived key handed through the KDF since the last reset, with how many. */
function wiped(): { derivations: number; secretsZeroed: boolean; keysZeroed: boolean } {
  return {
    derivations: handled.keys.length,
    secretsZeroed: handled.secrets.every(zeroed),
    keysZeroed: handled.keys.every(zeroed),
  };
}

const cleanAfter = (derivations: number) => ({ derivations, secretsZeroed: true, keysZeroed: true });

async function refusal(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof KeyringError ? e.code : 'other'),
  );
}

let keyring: Keyring;
beforeEach(async () => {
  keyring = await createKeyring({ dbKey, username: 'dana', password: 'סיסמה ארוכה', recoveryKey, kdf: ONE_PASS });
  handled.secrets.length = 0;
  handled.keys.length = 0;
});

describe('the keyring wipes what it derived keys from, and the keys', () => {
  it('after sealing a new password or recovery key', async () => {
    await setPasswordWrap(keyring, dbKey, 'yossi', 'another passphrase');
    await setRecoveryWrap(keyring, dbKey, generateRecoveryKey());
    expect(wiped()).toEqual(cleanAfter(2));
  });

  it('after a sign-in, keeping only the database key it hands back', async () => {
    const opened = await unwrapWithPassword(keyring, 'dana', 'סיסמה ארוכה');
    expect(opened.equals(dbKey)).toBe(true);
    expect(wiped()).toEqual(cleanAfter(1));
  });

  it('after a wrong password and after an unknown account', async () => {
    expect(await refusal(unwrapWithPassword(keyring, 'dana', 'wrong'))).toBe('wrong_password');
    expect(await refusal(unwrapWithPassword(keyring, 'nobody', 'wrong'))).toBe('wrong_password');
    expect(wiped()).toEqual(cleanAfter(2));
  });

  it('after opening with the recovery key, and after a wrong one', async () => {
    expect((await unwrapWithRecoveryKey(keyring, recoveryKey)).equals(dbKey)).toBe(true);
    expect(await refusal(unwrapWithRecoveryKey(keyring, generateRecoveryKey()))).toBe('wrong_recovery_key');
    expect(wiped()).toEqual(cleanAfter(2));
  });
});
