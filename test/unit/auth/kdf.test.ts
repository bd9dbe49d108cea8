import { describe, expect, it } from 'vitest';
import {
  assertKdfCost,
  calibrateKdf,
  DEFAULT_KDF_COST,
  deriveKey,
  MAX_ITERATIONS,
  MIN_MEMORY_KIB,
  newKdfParams,
  RECOVERY_KDF_COST,
  type KdfCost,
} from '../../../electron/services/auth/kdf';
import { KeyringError } from '../../../electron/services/auth/keyring-error';

/** A machine whose derivation time is `fixed + perPass * passes` (scaled by memory). */
function modelMachine(fixedMs: number, perPassMs: number, firstRunExtraMs = 0) {
  let runs = 0;
  const timings: { cost: KdfCost; ms: number }[] = [];
  const measure = async (cost: KdfCost) => {
    const ms = (fixedMs + perPassMs * cost.iterations) * (cost.memoryKiB / 65_536) + (runs === 0 ? firstRunExtraMs : 0);
    runs += 1;
    timings.push({ cost, ms });
    return ms;
  };
  const timeOf = (cost: KdfCost) => (fixedMs + perPassMs * cost.iterations) * (cost.memoryKiB / 65_536);
  return { measure, timeOf, timings };
}

describe('choosing the Argon2id cost for this machine', () => {
  it.each([
    ['a fast desktop', 3, 9],
    ['this kind of server', 5, 16],
    ['an old laptop', 10, 60],
    ['a slow netbook', 30, 110],
  ])('on %s it lands one derivation within 150-400 ms at 64 MiB', async (_name, fixedMs, perPassMs) => {
    const machine = modelMachine(fixedMs, perPassMs, 80);
    const cost = await calibrateKdf({ measure: machine.measure });
    expect(cost.memoryKiB).toBe(65_536);
    expect(cost.parallelism).toBe(1);
    const ms = machine.timeOf(cost);
    expect(ms).toBeGreaterThanOrEqual(150);
    expect(ms).toBeLessThanOrEqual(400);
    expect(cost.measuredMs).toBe(ms);
  });

  it('keeps 64 MiB and one pass on a machine too slow for the target, rather than lowering memory', async () => {
    const machine = modelMachine(100, 500);
    const cost = await calibrateKdf({ measure: machine.measure });
    expect(cost).toMatchObject({ memoryKiB: 65_536, iterations: 1 });
    expect(machine.timings.every((t) => t.cost.memoryKiB >= MIN_MEMORY_KIB)).toBe(true);
  });

  it('never exceeds the pass ceiling on an implausibly fast machine', async () => {
    const cost = await calibrateKdf({ measure: modelMachine(0, 0.01).measure });
    expect(cost.iterations).toBe(MAX_ITERATIONS);
  });

  it('honours a larger memory size and another target', async () => {
    const machine = modelMachine(5, 16);
    const cost = await calibrateKdf({ measure: machine.measure, memoryKiB: 131_072, targetMs: 500 });
    expect(cost.memoryKiB).toBe(131_072);
    const ms = machine.timeOf(cost);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThanOrEqual(800);
  });

  it('refuses to calibrate below 64 MiB', async () => {
    await expect(calibrateKdf({ memoryKiB: 32_768, measure: modelMachine(5, 16).measure })).rejects.toBeInstanceOf(
      KeyringError,
    );
  });

  it('with real Argon2id timings returns a cost inside the allowed limits', async () => {
    const cost = await calibrateKdf();
    expect(cost.memoryKiB).toBeGreaterThanOrEqual(65_536);
    expect([1, 2]).toContain(cost.parallelism);
    expect(cost.iterations).toBeGreaterThanOrEqual(1);
    expect(cost.iterations).toBeLessThanOrEqual(MAX_ITERATIONS);
    expect(() => assertKdfCost(cost)).not.toThrow();
  });
});

describe('KDF cost limits', () => {
  it('accept the default and recovery costs', () => {
    expect(() => assertKdfCost(DEFAULT_KDF_COST)).not.toThrow();
    expect(() => assertKdfCost(RECOVERY_KDF_COST)).not.toThrow();
  });

  it('reject less than 64 MiB or no passes as too weak', () => {
    for (const weak of [
      { memoryKiB: 65_535, iterations: 3, parallelism: 1 },
      { memoryKiB: 19_456, iterations: 2, parallelism: 1 },
      { memoryKiB: 65_536, iterations: 0, parallelism: 1 },
    ] as KdfCost[]) {
      expect(() => assertKdfCost(weak)).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
    }
  });

  it('reject absurd or fractional costs that would only come from a bug or a tampered file', () => {
    for (const bad of [
      { memoryKiB: 65_536 * 1024, iterations: 1, parallelism: 1 },
      { memoryKiB: 65_536, iterations: 10_000, parallelism: 1 },
      { memoryKiB: 65_536, iterations: 1.5, parallelism: 1 },
      { memoryKiB: 65_536, iterations: 1, parallelism: 8 },
    ] as KdfCost[]) {
      expect(() => assertKdfCost(bad)).toThrow(RangeError);
    }
  });
});

describe('deriving a key', () => {
  it('is repeatable for the same salt and differs for another salt or secret', async () => {
    const params = newKdfParams(RECOVERY_KDF_COST);
    const other = newKdfParams(RECOVERY_KDF_COST);
    const secret = Buffer.from('a secret');
    const [a, b, c, d] = await Promise.all([
      deriveKey(secret, params),
      deriveKey(secret, params),
      deriveKey(secret, other),
      deriveKey(Buffer.from('a secreT'), params),
    ]);
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
    expect(a.equals(d)).toBe(false);
  });

  it('gets a fresh 16-byte salt for every new set of parameters', () => {
    const salts = new Set(Array.from({ length: 50 }, () => newKdfParams().salt));
    expect(salts.size).toBe(50);
    expect(Buffer.from(newKdfParams().salt, 'base64')).toHaveLength(16);
  });
});
