/**
 * What signing in costs: reading the keyring, one Argon2id derivation at this machine's calibrated
 * cost and the AES-GCM unwrap, then opening the encrypted store — against opening it with the raw
 * key alone. Also shows that an unknown username costs the same as a wrong password.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDb } from '../../db/open';
import {
  calibrateKdf,
  createKeyring,
  generateDbKey,
  generateRecoveryKey,
  readKeyring,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
  writeKeyringAtomic,
} from '../../electron/services/auth/keyring';
import { measure, type BenchSection, type Measurement, type MeasureOptions } from './harness';

const ITERATIONS = 10;
const USERNAME = 'bench.user';
const PASSWORD = 'a generated bench passphrase';

function figures(name: string, m: Measurement) {
  return { name, p50: m.p50, p95: m.p95 };
}

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-unlock-'));
  const dbFile = path.join(dir, 'kesher.db');
  const keyringFile = path.join(dir, 'keyring.json');
  let opened: OpenedDb | null = null;
  const closeOpened = () => {
    opened?.close();
    opened = null;
  };
  const options: MeasureOptions = { iterations: ITERATIONS, warmup: 1, afterEach: closeOpened };

  try {
    const dbKey = generateDbKey();
    openDatabase(dbFile, dbKey, { create: true }).close();
    const cost = await calibrateKdf();
    const recoveryKey = generateRecoveryKey();
    writeKeyringAtomic(
      keyringFile,
      await createKeyring({ dbKey, username: USERNAME, password: PASSWORD, recoveryKey, kdf: cost }),
    );

    const openOnly = await measure(() => {
      opened = openDatabase(dbFile, dbKey);
    }, options);
    const unlock = await measure(async () => {
      const key = await unwrapWithPassword(readKeyring(keyringFile), USERNAME, PASSWORD);
      opened = openDatabase(dbFile, key);
      key.fill(0);
    }, options);

    const keyring = readKeyring(keyringFile);
    const failing = (username: string, password: string) => () =>
      unwrapWithPassword(keyring, username, password).then(
        () => {
          throw new Error('bench expected a refusal');
        },
        () => undefined,
      );
    const wrongPassword = await measure(failing(USERNAME, 'not the passphrase'), options);
    const unknownUser = await measure(failing('no.such.user', PASSWORD), options);
    const recovery = await measure(async () => (await unwrapWithRecoveryKey(keyring, recoveryKey)).fill(0), options);

    return {
      title: `Unlock: Argon2id (${cost.memoryKiB / 1024} MiB, ${cost.iterations} passes, p=${cost.parallelism}) + open`,
      rows: [
        {
          ...figures('unlock (keyring + Argon2id + open)', unlock),
          unit: 'ms',
          baseline: figures('open, raw key', openOnly),
        },
        { ...figures('open, raw key', openOnly), unit: 'ms' },
        {
          ...figures('sign-in refused: unknown username', unknownUser),
          unit: 'ms',
          baseline: figures('wrong password', wrongPassword),
        },
        { ...figures('wrong password', wrongPassword), unit: 'ms' },
        { ...figures('recovery key unwrap (64 MiB, 1 pass)', recovery), unit: 'ms' },
      ],
      notes: [
        `calibration measured ${cost.measuredMs.toFixed(0)} ms for one derivation (target 250, accepted 150-400)`,
        `${ITERATIONS} samples per row after one warm-up; the store is freshly migrated and empty`,
        'unknown username vs wrong password should be about ×1.00: the decoy derivation hides which accounts exist',
      ],
    };
  } finally {
    closeOpened();
    rmSync(dir, { recursive: true, force: true });
  }
}
