/**
 * Reports at centre scale (issue 11 item 6): 50,000 demo participants with case work and
 * workshops (the demo generator the casework and workshops benches use), encrypted as the app
 * stores them and the same bytes decrypted into a plain copy. Figures through `dispatch()` as
 * the coordinator:
 * - the dashboard for one period end, cold: right after a write to the store, so nothing the
 *   service keeps between calls is used — it reads every record (§7 selection) and computes
 *   every §5 table;
 * - the dashboard for another period end, warm: every sample asks for a period end not asked
 *   before, with no write in between, so the participants and placements (the same for every
 *   period end) are kept from an earlier call; the period end's meetings and workshops are read
 *   and every table computed;
 * - the drill-down list: one page of the people behind the placement rate, right after the
 *   dashboard (as the page calls it).
 * Targets: dashboard p95 ≤ 300 ms (judged on the warm row; the cold one is shown beside it),
 * drill-down p95 ≤ 20 ms; export ≤ 5 s (row below).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../../electron/domain/dates';
import { setCentralRecipient } from '../../electron/services/reports/programme-key';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { measureExport } from './export-measure';
import {
  benchCall as call,
  demoStorePair,
  measureEncryptedVsPlain,
  signedInPair,
  type BenchRow,
  type BenchSection,
  type SignedInStore,
} from './harness';

// A smaller centre for a quick check of the bench itself: KESHER_BENCH_PARTICIPANTS=2000 npm run bench -- reports
const PARTICIPANTS = Number(process.env.KESHER_BENCH_PARTICIPANTS ?? 50_000);
const SEED = 2026;
const NOW = new Date('2026-05-10T07:00:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const COORDINATOR = 'demo-coordinator';
/** Each export sample is a whole bundle (seconds at centre scale): a few per store. */
const EXPORT_SAMPLES = Number(process.env.KESHER_BENCH_EXPORTS ?? 5);

/** A different period end per sample (the last 400 days), so no sample is served from the cache. */
const periodEndOf = (i: number): string => addDays(TODAY, -(i % 400));

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-reports-'));
  let opened: SignedInStore[] = [];
  try {
    const pair = await demoStorePair({
      root,
      participants: PARTICIPANTS,
      seed: SEED,
      now: NOW,
      kdf: KDF,
      prepare: (sqlite) =>
        sqlite
          .prepare(
            `SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM placements) AS placements,
               (SELECT count(*) FROM workshop_sessions) AS sessions, (SELECT count(*) FROM attendance) AS attendance,
               (SELECT count(*) FROM workshop_enrolments) AS enrolments`,
          )
          .get() as Record<string, number>,
    });
    const counts = pair.prepared;
    opened = await signedInPair(pair, COORDINATOR, NOW);

    const rows: BenchRow[] = [];
    // A write the dashboards' cache must notice (it is keyed by the connection's change count).
    const touch = (runtime: SignedInStore['runtime']) => () =>
      void runtime.sqlite().prepare(`UPDATE settings SET updated_at = updated_at WHERE key = 'centre.code'`).run();
    rows.push(
      ...(await measureEncryptedVsPlain(
        'dashboard, one period end (cold: after a write)',
        20,
        opened.map(({ variant, app, runtime }) => ({
          variant,
          sample: (i: number) => call(app, 'dashboards.centre', { periodEnd: periodEndOf(i) }),
          beforeEach: touch(runtime),
        })),
      )),
    );
    rows.push(
      ...(await measureEncryptedVsPlain(
        'dashboard, another period end (warm)',
        20,
        opened.map(({ variant, app }) => ({
          variant,
          sample: (i: number) => call(app, 'dashboards.centre', { periodEnd: periodEndOf(200 + i) }),
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
    // The export as the coordinator sends it: to a central recipient, so the bundle is also
    // age-encrypted. Every sample records a bundle (its sequence chains to the one before).
    const recipient = await identityToRecipient(await generateX25519Identity());
    for (const { runtime } of opened) setCentralRecipient(runtime, recipient);
    const exported: { participants: number; bytes: number }[] = [];
    rows.push(
      ...(await measureEncryptedVsPlain(
        'CRF-1 export, one month (checked, age-encrypted)',
        EXPORT_SAMPLES,
        opened.map(({ variant, runtime }) => ({
          variant,
          sample: async () => exported.push(await measureExport(runtime, '2026-04')),
        })),
        { first: 1, later: 0 },
      )),
    );
    const bundle = exported.at(-1);
    return {
      title: `Reports at ${PARTICIPANTS.toLocaleString('en')} participants: dashboards and the CRF-1 export, encrypted vs plain`,
      rows,
      notes: [
        `demo store generated in ${(pair.generatedMs / 1000).toFixed(1)} s (seed ${SEED}); rows: ${counts.meetings} meetings, ${counts.placements} placements, ${counts.sessions} sessions, ${counts.enrolments} enrolments, ${counts.attendance} attendance marks`,
        'dashboard cold: a write before each sample, so every sample reads all its records and computes every table',
        'dashboard warm: a period end not asked before per sample, no write in between: participants and placements come from the cache, meetings and workshops are read, every table computed',
        `export of April 2026: ${bundle?.participants.toLocaleString('en')} participants, ${((bundle?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB encrypted bundle; timed from the first query to the checked, encrypted bundle in memory`,
        'targets: dashboard p95 ≤ 300 ms (judged on the warm row), drill-down p95 ≤ 20 ms, export ≤ 5 s',
      ],
    };
  } finally {
    for (const { runtime } of opened) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
