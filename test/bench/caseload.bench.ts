/**
 * The caseload at centre scale: 50,000 demo participants, encrypted as the app stores them and
 * the same bytes decrypted into a plain SQLite copy. Every figure is taken at the API layer:
 * `dispatch()` with a signed-in coordinator, exactly as a transport calls it.
 *
 * The plain copy: the encrypted store is closed (WAL checkpointed), its file copied, opened
 * with the key, switched to a rollback journal (the cipher cannot rekey in WAL mode) and
 * decrypted in place with `PRAGMA rekey = ''`. It then opens like the app's store (WAL,
 * synchronous=FULL, …) without a key, and a StoreRuntime adopts it through attach(), so both
 * sides run the same handlers, repositories and audit writes; only the cipher differs.
 * Targets: caseload page p95 ≤ 20 ms, quick search p95 ≤ 15 ms, encrypted/plain ≤ 2.0.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { MethodInput } from '../../electron/api/contract';
import type { AppState } from '../../electron/services/store/app-state';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import { formatPhone } from '../../electron/domain/phone';
import {
  benchCall as call,
  demoStorePair,
  measureEncryptedVsPlain,
  signedInPair,
  type BenchRow,
  type BenchSection,
} from './harness';

const PARTICIPANTS = 50_000;
const SEED = 2026;
const NOW = new Date('2026-05-10T07:00:00Z');
/** The keyring's floor: key stretching is not what this benchmark is about. */
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
/** Variants take turns round by round, so other load on the machine hits both alike. */

type Variant = 'encrypted' | 'plain';

interface App {
  variant: Variant;
  app: AppState;
  runtime: StoreRuntime;
}

interface Scenario {
  name: string;
  iterations: number;
  /** The i-th sample's call; both variants get the same sequence of inputs. */
  sample(app: AppState, i: number): Promise<unknown>;
}

interface Person {
  id: number;
  lastName: string;
  firstName: string;
  nationalId: string;
  phone: string;
}

/** Common last names of the demo centre as they are written in Latin letters. */
const LATIN_FORMS = ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Dahan', 'Azoulay', 'Shapira', 'Friedman', 'Stern'];

/** The word without the ו and י inside it, as a defective spelling drops them. */
const defective = (name: string) => name[0] + name.slice(1, -1).replace(/[וי]/g, '') + name.slice(-1);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function scenarios(people: Person[], coachIds: number[]): Scenario[] {
  const longNames = people.filter((p) => p.lastName.length >= 5 && !/[\s\-־'"]/.test(p.lastName));
  const tolerant = longNames.filter((p) => defective(p.lastName) !== p.lastName);
  const list = (name: string, iterations: number, input: (i: number) => MethodInput<'participants.list'>) => ({
    name: `caseload page · ${name}`,
    iterations,
    sample: (app: AppState, i: number) => call(app, 'participants.list', { pageSize: 50, ...input(i) }),
  });
  const search = (name: string, query: (i: number) => string) => ({
    name: `quick search · ${name}`,
    iterations: 200,
    sample: (app: AppState, i: number) => call(app, 'search.quick', { q: query(i) }),
  });
  return [
    list("a coach's active, by last name", 150, (i) => ({
      coachId: pick(coachIds, i),
      status: ['active'],
      page: 1 + (i % 3),
    })),
    list('all active, by last name', 150, (i) => ({ status: ['active'], page: 1 + (i % 3) })),
    list('no contact > 90 days, by last contact', 150, (i) => ({
      noContactOver90: true,
      sort: 'lastContactDate',
      page: 1 + (i % 3),
    })),
    list('active, newest enrolment first', 150, (i) => ({
      status: ['active'],
      sort: 'enrolmentDate',
      direction: 'desc',
      page: 1 + (i % 3),
    })),
    list('active and intake, by traffic light', 150, (i) => ({
      status: ['active', 'intake'],
      sort: 'trafficLight',
      page: 1 + (i % 3),
    })),
    list('everyone, by age', 30, (i) => ({ sort: 'age', page: 1 + (i % 3) })),
    list('population tag, by last name', 30, (i) => ({
      populationTag: pick(['HAREDI', 'DISABILITY'] as const, i),
    })),
    search('name prefix, 2 letters', (i) => pick(people, i).lastName.slice(0, 2)),
    search('name prefix, 4 letters', (i) => pick(longNames, i).lastName.slice(0, 4)),
    search('name substring', (i) => pick(longNames, i).lastName.slice(1, 4)),
    search('first + last name', (i) => `${pick(people, i).firstName} ${pick(people, i).lastName}`),
    search('id, last 4 digits', (i) => pick(people, i).nationalId.slice(-4)),
    search('phone, 052-123-4567', (i) => formatPhone(pick(people, i).phone)),
    // A full spelling typed defective (אזולאי → אזלאי): found only through the tolerant key.
    search('defective spelling', (i) => defective(pick(tolerant, i).lastName)),
    search('Latin letters for a Hebrew name', (i) => pick(LATIN_FORMS, i)),
    {
      name: 'participant open · record + timeline',
      iterations: 200,
      sample: async (app, i) => {
        const { id } = pick(people, i * 7);
        await call(app, 'participants.get', { id });
        await call(app, 'participants.timeline', { id });
      },
    },
  ];
}

function measureScenario(scenario: Scenario, apps: App[]): Promise<BenchRow[]> {
  return measureEncryptedVsPlain(
    scenario.name,
    scenario.iterations,
    apps.map(({ variant, app }) => ({ variant, sample: (i: number) => scenario.sample(app, i) })),
  );
}

const megabytes = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-caseload-'));
  const apps: App[] = [];
  try {
    const pair = await demoStorePair({ root, participants: PARTICIPANTS, seed: SEED, now: NOW, kdf: KDF });
    const { encryptedDir, plainDir, generatedMs } = pair;
    apps.push(...(await signedInPair(pair, 'demo-coordinator', NOW)));
    const sqlite = apps[1]?.runtime.sqlite() as Database.Database;
    const people = sqlite
      .prepare(
        `SELECT id, last_name AS lastName, first_name AS firstName, national_id AS nationalId, phone
         FROM participants WHERE national_id IS NOT NULL AND id % 97 = 0 ORDER BY id`,
      )
      .all() as Person[];
    const coachIds = (
      sqlite.prepare("SELECT id FROM staff WHERE role = 'coach' ORDER BY id").all() as { id: number }[]
    ).map((r) => r.id);
    // What-if knob for tuning openDatabase(): KESHER_BENCH_CACHE_MIB=64 npm run bench -- caseload
    const cacheMiB = Number(process.env.KESHER_BENCH_CACHE_MIB ?? 0);
    if (cacheMiB > 0) for (const { runtime } of apps) runtime.sqlite().pragma(`cache_size = ${-cacheMiB * 1024}`);
    // The plain copy is opened outside openDatabase(); give it the app's cache so only encryption differs.
    const appCache = Number(apps[0]?.runtime.sqlite().pragma('cache_size', { simple: true }));
    sqlite.pragma(`cache_size = ${appCache}`);
    const cacheKiB = -appCache;

    const rows: BenchRow[] = [];
    for (const scenario of scenarios(people, coachIds)) rows.push(...(await measureScenario(scenario, apps)));
    return {
      title: `Caseload at ${PARTICIPANTS.toLocaleString('en')} participants: API calls, encrypted store vs a plain copy`,
      rows,
      notes: [
        `demo store generated in ${(generatedMs / 1000).toFixed(1)} s (seed ${SEED}); encrypted ${megabytes(path.join(encryptedDir, 'kesher.db'))}, plain ${megabytes(path.join(plainDir, 'kesher.db'))}`,
        'measured through dispatch() as the signed-in demo coordinator; "participant open" includes its record_viewed audit append',
        "plain copy: the encrypted file decrypted in place with PRAGMA rekey = '' (see the file header)",
        `SQLite page cache ${(cacheKiB / 1024).toFixed(0)} MiB (${cacheMiB > 0 ? 'set by KESHER_BENCH_CACHE_MIB' : "the app's setting"}); pages missing from it are read and decrypted again`,
        'targets: caseload page p95 ≤ 20 ms, quick search p95 ≤ 15 ms, encrypted/plain ≤ ×2.0',
      ],
    };
  } finally {
    for (const { runtime } of apps) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
