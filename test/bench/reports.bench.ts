/**
 * Reports at centre scale (issue 11 item 6): 50,000 demo participants with case work and
 * workshops (the demo generator the casework and workshops benches use), encrypted as the app
 * stores them and the same bytes decrypted into a plain copy. Figures through `dispatch()` as
 * the coordinator:
 * - the dashboard for one period end, cold: right after a write to a participant, so nothing
 *   the service keeps between calls is used — it reads every record (§7 selection) and computes
 *   every §5 table (a write to a table no figure reads, such as an audit entry, keeps the cache:
 *   dashboardWriteCounter in db/repositories/dashboard-rows.ts);
 * - the dashboard for another period end, warm: every sample asks for a period end not asked
 *   before, with no write in between, so the participants and placements (the same for every
 *   period end) are kept from an earlier call; the period end's meetings and workshops are read
 *   and every table computed;
 * - the drill-down list: one page of the people behind a number, after the dashboard and a
 *   pause. The dashboard answers with its figures and then makes the lists of people behind
 *   them (electron/services/reports/dashboards.ts); every dashboard sample is followed by one
 *   untimed turn of the event loop, as a person reading the figures gives it, so that work is in
 *   no row's time. A drill-down that comes sooner makes the lists itself: the row "drill-down
 *   before the lists are made" times that case.
 * Targets: dashboard p95 ≤ 300 ms (judged on the warm row; the cold one is shown beside it),
 * drill-down p95 ≤ 20 ms (the first page of a list writes its audit entry, later pages of it in
 * the same session do not); export ≤ 5 s (row below).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodOutput } from '../../electron/api/contract';
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

/** One turn of the event loop: the work the app leaves for after its answer runs in it. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Drill-down paths of counts on the dashboard, each a list of its own (tests: dashboards-api). */
function listPaths(shown: MethodOutput<'dashboards.centre'>): string[] {
  const ind = shown.indicators;
  const paths = [
    'participants.total',
    'participants.active',
    'age.knownActive',
    ...ind.age.bands.map((b) => `age.bands.${b.band}`),
    ...ind.timeToFirstPlacement.map((b) => `timeToFirstPlacement.${b.band}`),
    ...ind.retention.flatMap((r) => ['eligible', 'employed', 'sameJob'].map((f) => `retention.${r.months}.${f}`)),
    ...ind.recruitmentSources.map((r) => `recruitmentSources.${r.source}`),
  ];
  if (paths.length < 22) throw new Error(`only ${paths.length} lists to open`);
  return paths;
}

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
    // A write the dashboards' cache must notice: to a participant, a table the figures read.
    const touch = (runtime: SignedInStore['runtime']) => () =>
      void runtime
        .sqlite()
        .prepare(`UPDATE participants SET updated_at = updated_at WHERE id = (SELECT min(id) FROM participants)`)
        .run();
    rows.push(
      ...(await measureEncryptedVsPlain(
        'dashboard, one period end (cold: after a write)',
        20,
        opened.map(({ variant, app, runtime }) => ({
          variant,
          sample: (i: number) => call(app, 'dashboards.centre', { periodEnd: periodEndOf(i) }),
          beforeEach: touch(runtime),
          afterEach: pause,
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
          afterEach: pause,
        })),
      )),
    );
    const drillEnd = '2026-04-30';
    let shown: MethodOutput<'dashboards.centre'> | undefined;
    for (const { app } of opened) {
      shown = (await call(app, 'dashboards.centre', { periodEnd: drillEnd })) as MethodOutput<'dashboards.centre'>;
      await pause();
    }
    // Lists not opened before in the session: the first page of each writes the audit entry.
    const unopened = listPaths(shown!).filter((p) => p !== 'placement.placed');
    rows.push(
      ...(await measureEncryptedVsPlain(
        'drill-down, first page of a list (audit entry written)',
        20,
        opened.map(({ variant, app }) => {
          // Its own count, not the sample index: warm-up calls take indices a later round reuses.
          let next = 0;
          return {
            variant,
            sample: () =>
              call(app, 'dashboards.members', { periodEnd: drillEnd, path: unopened[next++]!, offset: 0, limit: 100 }),
          };
        }),
        { first: 2, later: 0 },
      )),
    );
    rows.push(
      ...(await measureEncryptedVsPlain(
        'drill-down list, further pages (placement.placed, 100 rows)',
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
    // A click on a number before the app has made the lists behind the figures: the drill-down
    // makes them (a write first, so the dashboard before it is computed afresh, untimed).
    rows.push(
      ...(await measureEncryptedVsPlain(
        'drill-down before the lists are made (right after a new dashboard)',
        10,
        opened.map(({ variant, app, runtime }) => ({
          variant,
          beforeEach: async () => {
            touch(runtime)();
            await call(app, 'dashboards.centre', { periodEnd: drillEnd });
          },
          sample: () =>
            call(app, 'dashboards.members', { periodEnd: drillEnd, path: 'placement.placed', offset: 0, limit: 100 }),
          afterEach: pause,
        })),
        { first: 1, later: 0 },
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
        'dashboard cold: a write to a participant before each sample, so every sample reads all its records and computes every table',
        'dashboard warm: a period end not asked before per sample, no write in between: participants and placements come from the cache, meetings and workshops are read, every table computed',
        `export of April 2026: ${bundle?.participants.toLocaleString('en')} participants, ${((bundle?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB encrypted bundle; timed from the first query to the checked, encrypted bundle in memory`,
        'targets: dashboard p95 ≤ 300 ms (judged on the warm row; cold shown beside it), drill-down p95 ≤ 20 ms, export ≤ 5 s',
        'after every dashboard sample one untimed turn of the event loop, in which the app makes the lists of people behind the figures; "drill-down before the lists are made" is a click that comes sooner',
        'drill-down: the first page of a list in a session writes its audit entry (row "first page", one list per sample); further pages of it read one page of names (row "further pages", 100 samples over 10 pages)',
      ],
    };
  } finally {
    for (const { runtime } of opened) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
