import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Options } from '@node-rs/argon2';

// Records every Argon2 call while still running the real one, to check what an unknown username costs.
const calls = vi.hoisted(() => [] as Options[]);
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...real,
    hashRaw: (password: string | Uint8Array, options?: Options) => {
      calls.push({ ...options });
      return real.hashRaw(password, options);
    },
  };
});

const { createKeyring, generateDbKey, generateRecoveryKey, KeyringError, unwrapWithPassword } =
  await import('../../../electron/services/auth/keyring');

describe('signing in with a username that has no account', () => {
  const cost = { memoryKiB: 65_536, iterations: 2, parallelism: 1 } as const;
  let keyring: Awaited<ReturnType<typeof createKeyring>>;

  beforeAll(async () => {
    keyring = await createKeyring({
      dbKey: generateDbKey(),
      username: 'rivka',
      password: 'a fine long passphrase',
      recoveryKey: generateRecoveryKey(),
      kdf: cost,
    });
  });

  beforeEach(() => {
    calls.length = 0;
  });

  it('runs one derivation at the same cost as a wrong password, then fails the same way', async () => {
    const unknown = await unwrapWithPassword(keyring, 'nobody', 'a fine long passphrase').catch((e: unknown) => e);
    const unknownCalls = calls.splice(0);
    const wrong = await unwrapWithPassword(keyring, 'rivka', 'not the passphrase').catch((e: unknown) => e);
    const wrongCalls = calls.splice(0);

    expect(unknown).toBeInstanceOf(KeyringError);
    expect(wrong).toBeInstanceOf(KeyringError);
    expect((unknown as InstanceType<typeof KeyringError>).code).toBe('wrong_password');
    expect((unknown as Error).message).toBe((wrong as Error).message);

    const costOf = (o: Options) => [o.memoryCost, o.timeCost, o.parallelism, o.algorithm];
    expect(unknownCalls).toHaveLength(1);
    expect(wrongCalls).toHaveLength(1);
    expect(costOf(unknownCalls[0] as Options)).toEqual(costOf(wrongCalls[0] as Options));
  });
});
