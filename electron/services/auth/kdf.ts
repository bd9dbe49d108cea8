import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hashRaw, type Algorithm, type Version } from '@node-rs/argon2';
import { KeyringError } from './keyring-error';

/** The tunable cost of one Argon2id derivation. */
export interface KdfCost {
  memoryKiB: number;
  iterations: number;
  /** Lanes; 1 or 2 (see DEFAULT_KDF_COST for why the app uses 1). */
  parallelism: 1 | 2;
}

/** Everything needed to repeat a derivation; stored beside each wrap so costs can be raised later. */
export interface KdfParams extends KdfCost {
  algorithm: 'argon2id';
  /** base64 of 16 random bytes */
  salt: string;
}

export interface KdfCalibration extends KdfCost {
  /** How long the chosen cost took on this machine, for the set-up log and the benchmark. */
  measuredMs: number;
}

export const MIN_MEMORY_KIB = 65_536;
/** Upper bounds stop a tampered keyring from making unlock allocate gigabytes or spin for minutes. */
export const MAX_MEMORY_KIB = 1_048_576;
export const MAX_ITERATIONS = 200;
export const SALT_BYTES = 16;
export const DERIVED_KEY_BYTES = 32;

/**
 * Used when calibration is skipped. 64 MiB and 4 passes took about 65 ms on the development machine
 * (a current server core); a laptop three to four times slower, the slowest we plan for, would land
 * near 250 ms, so the default errs towards staying usable there rather than strong here.
 * Parallelism 1: @node-rs/argon2 computes lanes one after another, so a second lane only adds time
 * for us while an attacker's GPU runs lanes in parallel anyway.
 */
export const DEFAULT_KDF_COST: Readonly<KdfCost> = Object.freeze({ memoryKiB: 65_536, iterations: 4, parallelism: 1 });

/**
 * The recovery key carries 135 random bits, so no amount of stretching changes how hard it is to
 * guess; one pass keeps recovery quick. It still goes through Argon2id at 64 MiB so there is a single
 * derivation path and a single lower bound that every wrap in a keyring must meet.
 */
export const RECOVERY_KDF_COST: Readonly<KdfCost> = Object.freeze({ memoryKiB: 65_536, iterations: 1, parallelism: 1 });

const ARGON2ID = 2 as Algorithm;
const VERSION_0X13 = 1 as Version;

/** Refuses costs below the floor (weak) and above the ceiling or non-integral (invalid). */
export function assertKdfCost(cost: KdfCost): void {
  const { memoryKiB, iterations, parallelism } = cost;
  if (![memoryKiB, iterations, parallelism].every(Number.isSafeInteger)) {
    throw new RangeError('KDF cost must be whole numbers');
  }
  if (memoryKiB < MIN_MEMORY_KIB || iterations < 1) throw new KeyringError('kdf_too_weak');
  if (memoryKiB > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || (parallelism !== 1 && parallelism !== 2)) {
    throw new RangeError('KDF cost out of range');
  }
}

export function newKdfParams(cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
  assertKdfCost(cost);
  return {
    algorithm: 'argon2id',
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: cost.parallelism,
    salt: randomBytes(SALT_BYTES).toString('base64'),
  };
}

/** Argon2id, 32 bytes out. The caller owns `secret` and the result and should zero both. */
export async function deriveKey(secret: Uint8Array, params: KdfParams): Promise<Buffer> {
  assertKdfCost(params);
  const salt = Buffer.from(params.salt, 'base64');
  if (salt.length !== SALT_BYTES) throw new RangeError('KDF salt must be 16 bytes');
  return hashRaw(secret, {
    algorithm: ARGON2ID,
    version: VERSION_0X13,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt,
    outputLen: DERIVED_KEY_BYTES,
  });
}

/** Wall-clock time of one derivation at `cost`, in milliseconds. */
export async function timeDerivation(cost: KdfCost): Promise<number> {
  const secret = Buffer.from('kesher-calibration');
  const started = performance.now();
  const key = await deriveKey(secret, newKdfParams(cost));
  const elapsed = performance.now() - started;
  key.fill(0);
  return elapsed;
}

export interface CalibrationOptions {
  targetMs?: number;
  memoryKiB?: number;
  /** Seam for tests of the search itself; defaults to real Argon2id timings. */
  measure?: (cost: KdfCost) => Promise<number>;
}

/**
 * Picks the pass count that makes one derivation take about `targetMs` here, accepting anything
 * within 0.6x-1.6x of it (150-400 ms for the default 250). Memory is never lowered below 64 MiB:
 * on a machine too slow for even one pass at 64 MiB the answer is one pass, not less memory.
 */
export async function calibrateKdf(options: CalibrationOptions = {}): Promise<KdfCalibration> {
  const { targetMs = 250, memoryKiB = MIN_MEMORY_KIB, measure = timeDerivation } = options;
  const cost = (iterations: number): KdfCost => ({ memoryKiB, iterations, parallelism: 1 });
  assertKdfCost(cost(1));
  const low = targetMs * 0.6;
  const high = targetMs * 1.6;
  const clampPasses = (n: number) => Math.min(MAX_ITERATIONS, Math.max(1, Math.round(n)));

  await measure(cost(1)); // warm-up: first allocation and thread-pool start-up distort the first run
  const onePass = await measure(cost(1));
  const threePasses = await measure(cost(3));
  const perPass = Math.max((threePasses - onePass) / 2, 0.01);
  const overhead = Math.max(onePass - perPass, 0);

  let iterations = clampPasses((targetMs - overhead) / perPass);
  let measuredMs = await measure(cost(iterations));
  const canCorrect = (measuredMs > high && iterations > 1) || (measuredMs < low && iterations < MAX_ITERATIONS);
  if (canCorrect) {
    iterations = clampPasses(iterations * (targetMs / measuredMs));
    measuredMs = await measure(cost(iterations));
  }
  return { ...cost(iterations), measuredMs };
}
