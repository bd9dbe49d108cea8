/**
 * What encryption costs, per SQLite3MultipleCiphers scheme, against the same store unencrypted.
 * Every variant gets identical generated Hebrew rows and the pragmas openDatabase() applies.
 * Reads start from a fresh connection (cold SQLite page cache, warm OS cache), because a warm
 * page cache holds decrypted pages and would hide the cipher entirely.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, CIPHER } from '../../db/open';
import { measure, percentile, type BenchRow, type BenchSection, type MeasureOptions } from './harness';

const VARIANTS = ['unencrypted', 'chacha20', 'sqlcipher', 'aegis'] as const;
type Variant = (typeof VARIANTS)[number];

const ROWS = 20_000;
const POINT_READS = 1_000;
const SEARCH = '%ראיון עבודה%';

const FIRST = ['אברהם', 'שרה', 'יצחק', 'רבקה', 'מרים', 'דוד', 'נועה', 'יוסף', 'תמר', 'אליהו', 'חנה', 'משה'];
const LAST = ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהמי', 'פרידמן', 'אזולאי', 'דהן', 'שפירא'];
const CITIES = ['ירושלים', 'באר שבע', 'חיפה', 'נתניה', 'אשדוד', 'טבריה', 'דימונה', 'עפולה'];
const WORDS = ['פגישה', 'ראיון עבודה', 'קורות חיים', 'הכשרה', 'מעסיק', 'השמה', 'מעקב', 'תעסוקה', 'שיחה', 'יעד'];

/** Deterministic generator so every variant stores the same bytes of plaintext. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PersonRow {
  nationalId: string;
  firstName: string;
  lastName: string;
  city: string;
  note: string;
}

function generateRows(count: number): PersonRow[] {
  const next = prng(20_000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => ({
    nationalId: String(100_000_000 + i * 37).padStart(9, '0'),
    firstName: pick(FIRST),
    lastName: pick(LAST),
    city: pick(CITIES),
    note: Array.from({ length: 12 + Math.floor(next() * 20) }, () => pick(WORDS)).join(' '),
  }));
}

const SCHEMA = `CREATE TABLE person (
  id INTEGER PRIMARY KEY, national_id TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
  last_name TEXT NOT NULL, city TEXT NOT NULL, note TEXT NOT NULL);
  CREATE INDEX person_last_name ON person (last_name);`;

/** The same sequence as openDatabase(): key, a verifying read, then the session pragmas. */
function openStore(file: string, variant: Variant, key: Buffer): Database.Database {
  const sqlite = new Database(file);
  if (variant !== 'unencrypted') applyKey(sqlite, key, variant);
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function insertAll(sqlite: Database.Database, rows: PersonRow[]): void {
  const insert = sqlite.prepare(
    'INSERT INTO person (national_id, first_name, last_name, city, note) VALUES (?, ?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    for (const r of rows) insert.run(r.nationalId, r.firstName, r.lastName, r.city, r.note);
  })();
}

/** One variant's store: its own file and key, and the connection a sample works on. */
interface Store {
  variant: Variant;
  key: Buffer;
  file: string;
  copy: string;
  sqlite?: Database.Database;
}

interface Operation {
  name: string;
  /** Samples per variant, spread over ROUNDS. */
  iterations: number;
  warmup: number;
  sample(store: Store, rows: PersonRow[]): { fn: () => unknown } & Omit<MeasureOptions, 'iterations' | 'warmup'>;
}

/** Variants take turns round by round, so load from other work on the machine hits all alike. */
const ROUNDS = 5;

const connection = (store: Store): Database.Database => {
  if (!store.sqlite) throw new Error('no open connection');
  return store.sqlite;
};
const closeStore = (store: Store) => () => {
  store.sqlite?.close();
  store.sqlite = undefined;
};
const coldOpen = (store: Store) => () => {
  store.sqlite = openStore(store.file, store.variant, store.key);
};

const OPERATIONS: Operation[] = [
  {
    name: `insert ${ROWS.toLocaleString('en')} rows (1 tx)`,
    iterations: 10,
    warmup: 1,
    // Each sample starts from an empty store; the last one leaves the full store for the reads.
    sample: (store, rows) => ({
      fn: () => insertAll(connection(store), rows),
      beforeEach: () => {
        removeStore(store.file);
        coldOpen(store)();
        connection(store).exec(SCHEMA);
      },
      afterEach: closeStore(store),
    }),
  },
  {
    name: 'open + key + first read',
    iterations: 50,
    warmup: 5,
    sample: (store) => ({
      fn: () => {
        coldOpen(store)();
        connection(store).prepare('SELECT first_name FROM person WHERE id = 1').get();
      },
      afterEach: closeStore(store),
    }),
  },
  {
    name: `${POINT_READS.toLocaleString('en')} indexed point reads`,
    iterations: 30,
    warmup: 3,
    sample: (store, rows) => {
      const ids = Array.from({ length: POINT_READS }, (_, i) => rows[(i * 7919) % rows.length]?.nationalId);
      return {
        fn: () => {
          const byId = connection(store).prepare('SELECT * FROM person WHERE national_id = ?');
          for (const id of ids) byId.get(id);
        },
        beforeEach: coldOpen(store),
        afterEach: closeStore(store),
      };
    },
  },
  {
    name: 'full scan, LIKE on Hebrew note',
    iterations: 30,
    warmup: 3,
    sample: (store) => ({
      fn: () => connection(store).prepare('SELECT count(*) FROM person WHERE note LIKE ?').get(SEARCH),
      beforeEach: coldOpen(store),
      afterEach: closeStore(store),
    }),
  },
  {
    name: 'VACUUM INTO copy',
    iterations: 15,
    warmup: 2,
    sample: (store) => ({
      fn: () => connection(store).prepare('VACUUM INTO ?').run(store.copy),
      beforeEach: () => {
        rmSync(store.copy, { force: true });
        coldOpen(store)();
      },
      afterEach: closeStore(store),
    }),
  },
];

async function measureOperation(operation: Operation, stores: Store[], rows: PersonRow[]): Promise<BenchRow[]> {
  const samples = new Map<Variant, number[]>(stores.map((s) => [s.variant, []]));
  const perRound = Math.ceil(operation.iterations / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const store of stores) {
      const { fn, ...hooks } = operation.sample(store, rows);
      const warmup = round === 0 ? operation.warmup : 1;
      const m = await measure(fn, { ...hooks, iterations: perRound, warmup });
      samples.get(store.variant)?.push(...m.samples);
    }
  }
  const figures = (variant: Variant) => {
    const taken = samples.get(variant) ?? [];
    return { p50: percentile(taken, 50), p95: percentile(taken, 95) };
  };
  const base = figures('unencrypted');
  return stores.map(({ variant }) => ({
    name: `${operation.name} · ${variant}`,
    unit: 'ms' as const,
    ...figures(variant),
    ...(variant === 'unencrypted' ? {} : { baseline: { name: 'unencrypted', ...base } }),
  }));
}

function describeFiles(dir: string): string {
  return VARIANTS.map((v) => `${v} ${(statSync(path.join(dir, `${v}.db`)).size / 1024 / 1024).toFixed(2)} MB`).join(
    ', ',
  );
}

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-cipher-'));
  try {
    const rows = generateRows(ROWS);
    const stores: Store[] = VARIANTS.map((variant) => ({
      variant,
      key: randomBytes(32),
      file: path.join(dir, `${variant}.db`),
      copy: path.join(dir, `${variant}-copy.db`),
    }));
    const benchRows: BenchRow[] = [];
    for (const operation of OPERATIONS) benchRows.push(...(await measureOperation(operation, stores, rows)));

    const probe = new Database(':memory:');
    probe.pragma(`cipher='aegis'`);
    const aegisAlgorithm = String(probe.pragma('algorithm', { simple: true }));
    const version = String(probe.prepare('SELECT sqlite3mc_version()').pluck().get());
    probe.close();
    const header = readFileSync(path.join(dir, `${CIPHER}.db`))
      .subarray(0, 16)
      .toString('latin1');

    return {
      title: `Store encryption: cost per cipher (${ROWS.toLocaleString('en')} Hebrew rows, WAL, synchronous=FULL)`,
      rows: benchRows,
      notes: [
        `${version}; raw 256-bit key (no KDF); aegis default algorithm: ${aegisAlgorithm}`,
        `file size after insert: ${describeFiles(dir)}`,
        `app cipher (db/open.ts CIPHER): ${CIPHER}; its file starts with "SQLite format 3": ${header.startsWith('SQLite format 3')}`,
        'reads use a fresh connection per sample (cold SQLite page cache, warm OS cache)',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
