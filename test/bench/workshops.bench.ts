/**
 * Attendance at centre scale: 50,000 participants and 2,000 workshop instances (8 weekly
 * sessions and 20 enrolled each, past sessions marked), encrypted as the app stores them and
 * the same bytes decrypted into a plain SQLite copy (as in caseload.bench.ts). Figures are
 * taken at the API layer, `dispatch()` with a signed-in coordinator, as a transport calls it.
 * Rows are inserted directly: the demo generator is not what is measured, and the workshop
 * catalogue is another area's. Targets: attendance page p95 ≤ 20 ms, one mark p95 ≤ 10 ms.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { OpenedDb } from '../../db/open';
import type { MethodInput, MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { attendanceStatuses } from '../../electron/domain/codes';
import { addDays } from '../../electron/domain/dates';
import { createAppState, type AppState } from '../../electron/services/store/app-state';
import { initStore } from '../../electron/services/store/init-store';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { getSessionWithInstance, sessionRoster } from '../../db/repositories/attendance';
import { decryptedCopy, measureEncryptedVsPlain, openPlain, type BenchRow, type BenchSection } from './harness';

const PARTICIPANTS = 50_000;
const INSTANCES = 2_000;
const SESSIONS_EACH = 8;
const ROSTER = 20;
const NOW = new Date('2026-05-10T07:00:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const ADMIN = { username: 'bench-coordinator', displayName: 'Bench Coordinator', password: 'ירושלים-של-זהב-1967' };

type Variant = 'encrypted' | 'plain';
interface App {
  variant: Variant;
  app: AppState;
  runtime: StoreRuntime;
}

async function call<M extends MethodName>(app: AppState, method: M, input: MethodInput<M>): Promise<unknown> {
  const result = await dispatch(method, input, { app, transport: 'ipc' });
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

/** A small deterministic stream, so both variants and every run hold the same rows. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Fill {
  /** Past, scheduled sessions with their roster. */
  past: { sessionId: number; roster: number[] }[];
}

/** Generated names only; instances start every few days from a year back to three months ahead. */
function fill(sqlite: Database.Database): Fill {
  const random = lcg(2026);
  const at = NOW.toISOString();
  const person = sqlite.prepare(
    `INSERT INTO participants (status, first_name, last_name, created_at, updated_at) VALUES ('active', ?, ?, ?, ?)`,
  );
  const instance = sqlite.prepare(
    `INSERT INTO workshop_instances (type, title, place, created_at, updated_at) VALUES ('BACK_TO_WORK', ?, 'חדר 1', ?, ?)`,
  );
  const session = sqlite.prepare(
    `INSERT INTO workshop_sessions (instance_id, date, start_time, end_time, created_at, updated_at) VALUES (?, ?, '09:00', '13:00', ?, ?)`,
  );
  const enrolment = sqlite.prepare(
    `INSERT INTO workshop_enrolments (instance_id, participant_id, enrolled_at, updated_at) VALUES (?, ?, ?, ?)`,
  );
  const mark = sqlite.prepare(
    `INSERT INTO attendance (session_id, participant_id, status, marked_at) VALUES (?, ?, ?, ?)`,
  );
  const past: Fill['past'] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < PARTICIPANTS; i += 1) person.run(`פרטי${i % 997}`, `משפחה${i % 1499}`, at, at);
    for (let i = 0; i < INSTANCES; i += 1) {
      const instanceId = Number(instance.run(`סדנה ${i}`, at, at).lastInsertRowid);
      const roster = Array.from({ length: ROSTER }, () => 1 + Math.floor(random() * PARTICIPANTS));
      const unique = [...new Set(roster)];
      for (const id of unique) enrolment.run(instanceId, id, at, at);
      const start = addDays(TODAY, -365 + Math.floor((i * 455) / INSTANCES));
      for (let s = 0; s < SESSIONS_EACH; s += 1) {
        const date = addDays(start, 7 * s);
        const sessionId = Number(session.run(instanceId, date, at, at).lastInsertRowid);
        if (date > TODAY) continue;
        past.push({ sessionId, roster: unique });
        for (const id of unique)
          if (random() < 0.95) mark.run(sessionId, id, attendanceStatuses[Math.floor(random() * 4)], at);
      }
    }
  })();
  return { past };
}

async function signedIn(variant: Variant, dir: string, plain?: OpenedDb): Promise<App> {
  const runtime = new StoreRuntime(dir, () => NOW);
  if (plain) runtime.attach(plain, Buffer.alloc(32));
  const app = createAppState({ version: 'bench', now: () => NOW, runtime });
  await call(app, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  return { variant, app, runtime };
}

interface Scenario {
  name: string;
  iterations: number;
  sample(app: AppState, i: number, runtime: StoreRuntime): Promise<unknown> | unknown;
}

function measureScenario(scenario: Scenario, apps: App[]): Promise<BenchRow[]> {
  return measureEncryptedVsPlain(
    scenario.name,
    scenario.iterations,
    apps.map(({ variant, app, runtime }) => ({ variant, sample: (i: number) => scenario.sample(app, i, runtime) })),
  );
}

const megabytes = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-workshops-'));
  const apps: App[] = [];
  try {
    const encryptedDir = path.join(root, 'encrypted');
    const plainDir = path.join(root, 'plain');
    const runtime = new StoreRuntime(encryptedDir, () => NOW);
    await initStore(runtime, { centreCode: 'BNC', centreName: 'מרכז מדידה', admin: ADMIN, kdf: KDF });
    const { past } = fill(runtime.sqlite());
    const key = Buffer.from(runtime.key());
    runtime.close();
    decryptedCopy(encryptedDir, plainDir, key);
    key.fill(0);
    apps.push(await signedIn('encrypted', encryptedDir));
    apps.push(await signedIn('plain', plainDir, openPlain(path.join(plainDir, 'kesher.db'))));
    const appCache = Number(apps[0]?.runtime.sqlite().pragma('cache_size', { simple: true }));
    apps[1]?.runtime.sqlite().pragma(`cache_size = ${appCache}`);

    const full = past.filter((p) => p.roster.length === ROSTER);
    const pick = (i: number) => full[(i * 7919) % full.length] as Fill['past'][number];
    const scenarios: Scenario[] = [
      {
        name: 'attendance page · 20-person session',
        iterations: 200,
        sample: (app, i) => call(app, 'attendance.session', { sessionId: pick(i).sessionId }),
      },
      {
        name: 'one mark round trip',
        iterations: 300,
        sample: (app, i) => {
          const s = pick(i);
          return call(app, 'attendance.mark', {
            sessionId: s.sessionId,
            participantId: s.roster[i % ROSTER] as number,
            status: attendanceStatuses[i % 4] as (typeof attendanceStatuses)[number],
          });
        },
      },
      {
        // What the two calls cost without their audit commit: the reads alone.
        name: 'roster read only (repository, no audit)',
        iterations: 200,
        sample: (_app, i, runtime) => {
          const session = getSessionWithInstance(runtime.db(), pick(i).sessionId);
          return session && sessionRoster(runtime.db(), session);
        },
      },
      {
        // The floor under every write: one single-row commit, WAL with synchronous=FULL, on this disk.
        name: 'bare commit floor (one row, synchronous=FULL)',
        iterations: 200,
        sample: (_app, i, runtime) => runtime.sqlite().prepare('INSERT INTO bench_floor (x) VALUES (?)').run(i),
      },
    ];
    for (const { runtime } of apps) runtime.sqlite().exec('CREATE TABLE IF NOT EXISTS bench_floor (x INTEGER)');
    const rows: BenchRow[] = [];
    for (const scenario of scenarios) rows.push(...(await measureScenario(scenario, apps)));
    return {
      title: `Attendance at ${PARTICIPANTS.toLocaleString('en')} participants and ${INSTANCES.toLocaleString('en')} instances: encrypted vs plain`,
      rows,
      notes: [
        `${past.length.toLocaleString('en')} past sessions marked; encrypted ${megabytes(path.join(encryptedDir, 'kesher.db'))}, plain ${megabytes(path.join(plainDir, 'kesher.db'))}`,
        'through dispatch() as the signed-in coordinator; the page load includes its record_viewed audit append, a mark its audit entry (synchronous=FULL)',
        'targets: attendance page p95 ≤ 20 ms, one mark p95 ≤ 10 ms',
      ],
    };
  } finally {
    for (const { runtime } of apps) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
