/**
 * Benchmark harness. `npm run bench` (scripts/bench.mjs) bundles every test/bench/*.bench.ts
 * with esbuild and runs them one after another; `npm run bench -- cipher` runs only the files
 * whose name contains "cipher".
 *
 * To add a benchmark, create test/bench/<topic>.bench.ts exporting
 *
 *   export async function run(): Promise<BenchSection>
 *
 * and build its rows with `measure()`. Give a row a `baseline` (the figures it should be compared
 * with, e.g. the unencrypted store) and the printed table shows p50/baseline.p50 and
 * p95/baseline.p95. Benchmarks print figures; they never assert on time, and they are not part
 * of `npm test`. Keep personal data out of them: use generated names only.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { applyKey, type OpenedDb } from '../../db/open';
import * as schema from '../../db/schema';
import type { MethodInput, MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import type { KdfCost } from '../../electron/services/auth/keyring';
import { createDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { createAppState, type AppState } from '../../electron/services/store/app-state';
import { StoreRuntime } from '../../electron/services/store/runtime';

export interface BenchFigures {
  name: string;
  p50: number;
  p95: number;
}

export interface BenchRow extends BenchFigures {
  unit: 'ms';
  baseline?: BenchFigures;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
  /** Context worth printing under the table (file sizes, versions, what a sample covers). */
  notes?: string[];
}

export interface MeasureOptions {
  iterations: number;
  warmup?: number;
  /** Runs untimed before every sample (warm-up ones too), e.g. to open a cold connection. */
  beforeEach?: () => void | Promise<void>;
  /** Runs untimed after every sample, e.g. to close that connection or delete an output file. */
  afterEach?: () => void | Promise<void>;
}

export interface Measurement {
  p50: number;
  p95: number;
  /** Milliseconds per sample, in the order they were taken. */
  samples: number[];
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks, the definition
 * numpy and most spreadsheets use by default, so figures can be checked by hand.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

/** Times `fn` `iterations` times after `warmup` untimed runs; milliseconds per call. */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Measurement> {
  const samples: number[] = [];
  const warmup = options.warmup ?? 0;
  for (let i = 0; i < warmup + options.iterations; i += 1) {
    await options.beforeEach?.();
    const start = performance.now();
    await fn();
    const elapsed = performance.now() - start;
    await options.afterEach?.();
    if (i >= warmup) samples.push(elapsed);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

export interface Ratios {
  p50: number;
  p95: number;
}

/** How many times slower than its baseline a row is; undefined for rows without one. */
export function ratios(row: BenchRow): Ratios | undefined {
  if (!row.baseline) return undefined;
  return { p50: row.p50 / row.baseline.p50, p95: row.p95 / row.baseline.p95 };
}

function formatMs(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function formatRatio(value: number | undefined): string {
  if (value === undefined) return '';
  return Number.isFinite(value) ? `×${value.toFixed(2)}` : '×∞';
}

/** The section as a title line and an aligned plain-text table (names left, figures right). */
export function formatSection(section: BenchSection): string {
  const header = ['', 'p50', 'p95', 'vs', 'p50 ratio', 'p95 ratio'];
  const body = section.rows.map((row) => {
    const r = ratios(row);
    return [
      row.name,
      `${formatMs(row.p50)} ${row.unit}`,
      `${formatMs(row.p95)} ${row.unit}`,
      row.baseline?.name ?? '',
      formatRatio(r?.p50),
      formatRatio(r?.p95),
    ];
  });
  const table = [header, ...body];
  const widths = header.map((_, col) => Math.max(...table.map((cells) => (cells[col] ?? '').length)));
  const leftAligned = new Set([0, 3]);
  const lines = table.map((cells) =>
    cells
      .map((cell, col) => (leftAligned.has(col) ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  const rule = '─'.repeat(Math.max(...lines.map((line) => line.length)));
  const notes = (section.notes ?? []).map((note) => `  · ${note}`);
  return [section.title, rule, lines[0], rule, ...lines.slice(1), rule, ...notes].join('\n');
}

export type StoreVariant = 'encrypted' | 'plain';

export interface VariantSampler {
  variant: StoreVariant;
  /** The i-th sample's call; both variants get the same sequence of `i`. */
  sample: (i: number) => unknown;
  /** Runs untimed before every sample (e.g. a write, so the sample finds no cache). */
  beforeEach?: () => void | Promise<void>;
  /** Runs untimed after every sample (e.g. a pause in which the app finishes its own work). */
  afterEach?: () => void | Promise<void>;
}

const PAIRED_ROUNDS = 5;

/**
 * One call measured on the encrypted store and on its plain copy, in interleaved rounds so
 * that a busy machine's drift falls on both alike. Gives the encrypted row with the plain one
 * as its baseline, then the plain row. `warmup`: untimed calls before the first round and
 * before each later one (a call that takes seconds wants fewer than the default 5 and 1).
 */
export async function measureEncryptedVsPlain(
  name: string,
  iterations: number,
  samplers: readonly VariantSampler[],
  warmup: { first: number; later: number } = { first: 5, later: 1 },
): Promise<BenchRow[]> {
  const samples = new Map<StoreVariant, number[]>(samplers.map((s) => [s.variant, []]));
  const perRound = Math.ceil(iterations / PAIRED_ROUNDS);
  for (let round = 0; round < PAIRED_ROUNDS; round += 1) {
    for (const { variant, sample, beforeEach, afterEach } of samplers) {
      let i = round * perRound;
      const m = await measure(() => sample(i++), {
        iterations: perRound,
        warmup: round === 0 ? warmup.first : warmup.later,
        beforeEach,
        afterEach,
      });
      samples.get(variant)?.push(...m.samples);
    }
  }
  const figures = (variant: StoreVariant) => {
    const taken = samples.get(variant) ?? [];
    return { p50: percentile(taken, 50), p95: percentile(taken, 95) };
  };
  return [
    {
      name: `${name} · encrypted`,
      unit: 'ms',
      ...figures('encrypted'),
      baseline: { name: 'plain', ...figures('plain') },
    },
    { name: `${name} · plain`, unit: 'ms', ...figures('plain') },
  ];
}

/** The same open sequence as openDatabase(), without a key and without migrations (already applied). */
export function openPlain(file: string): OpenedDb {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('temp_store = MEMORY');
  return { sqlite, db: drizzle(sqlite, { schema }), close: () => sqlite.close() };
}

/**
 * The plain copy of an encrypted store (how and why: test/bench/caseload.bench.ts): the closed
 * store's file copied, opened with its key, switched to a rollback journal and decrypted in place.
 */
export function decryptedCopy(encryptedDir: string, plainDir: string, key: Buffer): void {
  mkdirSync(plainDir, { recursive: true });
  copyFileSync(path.join(encryptedDir, 'keyring.json'), path.join(plainDir, 'keyring.json'));
  const file = path.join(plainDir, 'kesher.db');
  copyFileSync(path.join(encryptedDir, 'kesher.db'), file);
  const sqlite = new Database(file);
  applyKey(sqlite, key);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma("rekey = ''");
  sqlite.close();
  if (!readFileSync(file).subarray(0, 15).toString('latin1').startsWith('SQLite format 3')) {
    throw new Error('the plain copy is still encrypted');
  }
}

export interface StorePairOptions<T> {
  /** A scratch folder: the encrypted store goes in encrypted/, its plain copy in plain/. */
  root: string;
  participants: number;
  seed: number;
  now: Date;
  kdf: KdfCost;
  /** Runs on the open encrypted store before the plain copy is made, so both hold its writes. */
  prepare?: (sqlite: Database.Database) => T;
}

export interface StorePair<T> {
  encryptedDir: string;
  plainDir: string;
  generatedMs: number;
  prepared: T;
}

/** A demo centre, encrypted as the app stores it, and the same bytes decrypted into a plain copy. */
export async function demoStorePair<T = undefined>(options: StorePairOptions<T>): Promise<StorePair<T>> {
  const encryptedDir = path.join(options.root, 'encrypted');
  const plainDir = path.join(options.root, 'plain');
  const started = performance.now();
  const demo = await createDemoCentre({
    dir: encryptedDir,
    participants: options.participants,
    seed: options.seed,
    now: options.now,
    kdf: options.kdf,
  });
  const generatedMs = performance.now() - started;
  const prepared = options.prepare?.(demo.runtime.sqlite()) as T;
  const key = Buffer.from(demo.runtime.key());
  demo.runtime.close();
  decryptedCopy(encryptedDir, plainDir, key);
  key.fill(0);
  return { encryptedDir, plainDir, generatedMs, prepared };
}

export interface SignedInStore {
  variant: StoreVariant;
  app: AppState;
  runtime: StoreRuntime;
}

/** A dispatch() call as a transport makes it; a failure stops the bench. */
export async function benchCall<M extends MethodName>(
  app: AppState,
  method: M,
  input: MethodInput<M>,
): Promise<unknown> {
  const result = await dispatch(method, input, { app, transport: 'ipc' });
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

/**
 * Both stores of a pair opened and signed in as `username` (demo password). The plain copy is
 * opened outside openDatabase(), so it is given the app's page cache: only the cipher differs.
 */
export async function signedInPair(pair: StorePair<unknown>, username: string, now: Date): Promise<SignedInStore[]> {
  const open = async (variant: StoreVariant, dir: string, plain?: OpenedDb): Promise<SignedInStore> => {
    const runtime = new StoreRuntime(dir, () => now);
    // The keyring unwraps the key as usual; with a database already attached it is not used to open one.
    if (plain) runtime.attach(plain, Buffer.alloc(32));
    const app = createAppState({ version: 'bench', now: () => now, runtime });
    await benchCall(app, 'auth.signIn', { username, password: DEMO_PASSWORD });
    return { variant, app, runtime };
  };
  const encrypted = await open('encrypted', pair.encryptedDir);
  const plain = await open('plain', pair.plainDir, openPlain(path.join(pair.plainDir, 'kesher.db')));
  const appCache = Number(encrypted.runtime.sqlite().pragma('cache_size', { simple: true }));
  plain.runtime.sqlite().pragma(`cache_size = ${appCache}`);
  return [encrypted, plain];
}
