/**
 * Reports at centre scale (issue 11 item 6): 50,000 demo participants with case work and
 * workshops (the demo generator the casework and workshops benches use), encrypted as the app
 * stores them and the same bytes decrypted into a plain copy. Figures through `dispatch()` as
 * the coordinator:
 * - the dashboard for one period end, cold: every sample asks for a different period end, so
 *   each one loads the records (§7 selection) and computes every §5 table — the cache the
 *   service keeps between calls never answers it;
 * - the drill-down list: one page of the people behind the placement rate, right after the
 *   dashboard (as the page calls it).
 * Targets: dashboard p95 ≤ 300 ms, drill-down p95 ≤ 20 ms; export ≤ 5 s (row below).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MethodInput, MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { addDays } from '../../electron/domain/dates';
import { createDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { createAppState, type AppState } from '../../electron/services/store/app-state';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { decryptedCopy, openPlain } from './caseload.bench';
import { measureEncryptedVsPlain, type BenchRow, type BenchSection, type StoreVariant } from './harness';

// A smaller centre for a quick check of the bench itself: KESHER_BENCH_PARTICIPANTS=2000 npm run bench -- reports
const PARTICIPANTS = Number(process.env.KESHER_BENCH_PARTICIPANTS ?? 50_000);
const SEED = 2026;
const NOW = new Date('2026-05-10T07:00:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const COORDINATOR = 'demo-coordinator';

async function call<M extends MethodName>(app: AppState, method: M, input: MethodInput<M>): Promise<unknown> {
  const result = await dispatch(method, input, { app, transport: 'ipc' });
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

async function signedIn(dir: string, plain?: ReturnType<typeof openPlain>) {
  const runtime = new StoreRuntime(dir, () => NOW);
  if (plain) runtime.attach(plain, Buffer.alloc(32));
  const app = createAppState({ version: 'bench', now: () => NOW, runtime });
  await call(app, 'auth.signIn', { username: COORDINATOR, password: DEMO_PASSWORD });
  return { app, runtime };
}

/** A different period end per sample (the last 400 days), so no sample is served from the cache. */
const periodEndOf = (i: number): string => addDays(TODAY, -(i % 400));

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-reports-'));
  const opened: { variant: StoreVariant; app: AppState; runtime: StoreRuntime }[] = [];
  try {
    const encryptedDir = path.join(root, 'encrypted');
    const plainDir = path.join(root, 'plain');
    const started = performance.now();
    const demo = await createDemoCentre({
      dir: encryptedDir,
      participants: PARTICIPANTS,
      seed: SEED,
      now: NOW,
      kdf: KDF,
    });
    const generatedMs = performance.now() - started;
    const counts = demo.runtime
      .sqlite()
      .prepare(
        `SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM placements) AS placements,
           (SELECT count(*) FROM workshop_sessions) AS sessions, (SELECT count(*) FROM attendance) AS attendance,
           (SELECT count(*) FROM workshop_enrolments) AS enrolments`,
      )
      .get() as Record<string, number>;
    const key = Buffer.from(demo.runtime.key());
    demo.runtime.close();
    decryptedCopy(encryptedDir, plainDir, key);
    key.fill(0);
    opened.push({ variant: 'encrypted', ...(await signedIn(encryptedDir)) });
    opened.push({ variant: 'plain', ...(await signedIn(plainDir, openPlain(path.join(plainDir, 'kesher.db')))) });
    const appCache = Number(opened[0]?.runtime.sqlite().pragma('cache_size', { simple: true }));
    opened[1]?.runtime.sqlite().pragma(`cache_size = ${appCache}`);

    const rows: BenchRow[] = [];
    rows.push(
      ...(await measureEncryptedVsPlain(
        'dashboard, one period end (cold)',
        20,
        opened.map(({ variant, app }) => ({
          variant,
          sample: (i: number) => call(app, 'dashboards.centre', { periodEnd: periodEndOf(i) }),
        })),
      )),
    );
    const drillEnd = '2026-04-30';
    for (const { app } of opened) await call(app, 'dashboards.centre', { periodEnd: drillEnd });
    rows.push(
      ...(await measureEncryptedVsPlain(
        'drill-down list (placement.placed, 100 rows)',
        100,
        opened.map(({ variant, app }) => ({
          variant,
          sample: (i: number) =>
            call(app, 'dashboards.members', {
              periodEnd: drillEnd,
              path: 'placement.placed',
              offset: (i % 10) * 100,
              limit: 100,
            }),
        })),
      )),
    );
    // EXPORT ROW — wired by the lead when the CRF-1 export lands (target ≤ 5 s):
    // rows.push(...(await measureEncryptedVsPlain('CRF-1 export, one month', 5, opened.map(...))));
    return {
      title: `Reports at ${PARTICIPANTS.toLocaleString('en')} participants: dashboards through dispatch(), encrypted vs plain`,
      rows,
      notes: [
        `demo store generated in ${(generatedMs / 1000).toFixed(1)} s (seed ${SEED}); rows: ${counts.meetings} meetings, ${counts.placements} placements, ${counts.sessions} sessions, ${counts.enrolments} enrolments, ${counts.attendance} attendance marks`,
        'dashboard: a different period end per sample, so every sample loads and computes (no cache hit)',
        'targets: dashboard p95 ≤ 300 ms, drill-down p95 ≤ 20 ms, export ≤ 5 s (export row: not wired yet)',
      ],
    };
  } finally {
    for (const { runtime } of opened) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
