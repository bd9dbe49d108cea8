import { describe, expect, it } from 'vitest';
import {
  parseKeyring,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  usernameLookup,
} from '../../../electron/services/auth/keyring';

/*
 * A keyring file as this version writes it (made once with createKeyring and kept here), so every
 * later version must still open the stores already set up with it: how a username is filed, what
 * each sealed key is bound to, how a password and a recovery key become bytes. A change to any of
 * them passes every round-trip test and still locks every existing centre out of its data.
 */

const DB_KEY = Buffer.alloc(32, 0x5a);
const RECOVERY_KEY = 'XT32-95FT-6BSD-V0YM-NJD1-2NHK-AN6S';
const FILE = `{
  "format": "kesher-keyring",
  "version": 1,
  "storeId": "7d2c1a9e-4b3f-4e8a-9c61-2f5d8b0e3a74",
  "lookupSalt": "MExSE973EpQZx7mrxQUSz/9y0lhbjcNBnYJ7WwjT3PA=",
  "wraps": [
    {
      "kind": "recovery",
      "kdf": {
        "algorithm": "argon2id",
        "memoryKiB": 65536,
        "iterations": 1,
        "parallelism": 1,
        "salt": "ZNUlYy5bGABCAcPVrpicSw=="
      },
      "nonce": "miFtrsEqXT/xz1xO",
      "ciphertext": "hJCJOA7nU2Fj04I88kV7oO5m2qRfPfPkQadSEUphfv/UBrmAuS4scy90vehbke+u"
    },
    {
      "kind": "password",
      "lookup": "e4d17f4784e6ab7901ae51acb80120500076f6dac2293c7cb7a96ca3168c518f",
      "kdf": {
        "algorithm": "argon2id",
        "memoryKiB": 65536,
        "iterations": 1,
        "parallelism": 1,
        "salt": "pqt810Gp7tu9rFsczkts2g=="
      },
      "nonce": "8lVQD4UMky1Vj1nC",
      "ciphertext": "1OT/wTGJG6LKJJLqtwFF2hVkzmt2sWXF4hbnjGwGW3S0dTfH+YZnTwUc4jlzpYdz"
    }
  ]
}
`;

describe('a keyring file written by this version', () => {
  const keyring = parseKeyring(FILE);

  it('files the account where HMAC-SHA256 of the store salt over the username puts it', () => {
    // Computed outside the app: Python hmac.new(b64decode(salt), b'dana', sha256).hexdigest().
    expect(usernameLookup(keyring, ' Dana')).toBe('e4d17f4784e6ab7901ae51acb80120500076f6dac2293c7cb7a96ca3168c518f');
  });

  it('opens with its Hebrew password', async () => {
    expect((await unwrapWithPassword(keyring, 'dana', 'סיסמה של דנה')).equals(DB_KEY)).toBe(true);
  });

  it('opens with its recovery key', async () => {
    expect((await unwrapWithRecoveryKey(keyring, RECOVERY_KEY)).equals(DB_KEY)).toBe(true);
  });
});
