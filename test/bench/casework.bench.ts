/**
 * Case work at centre scale: 50,000 demo participants, encrypted as the app stores them and
 * the same bytes decrypted into a plain copy (how: test/bench/caseload.bench.ts). Figures are
 * taken at the API layer, `dispatch()` as a signed-in coach, as a transport calls it:
 * - the coach's day (`home.day`, the home page's one call);
 * - the follow-up queue (`followUps.queue`, its three scopes in turn);
 * - opening a heavy participant: a plan of 10 versions, 100 meetings and 5 placements, with
 *   every call the participant page makes.
 * Targets: each p95 ≤ 20 ms, encrypted/plain ≤ 1.5.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { addDays, addMonthsClamped } from '../../electron/domain/dates';
import type { AppState } from '../../electron/services/store/app-state';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import type { StoreRuntime } from '../../electron/services/store/runtime';
import {
  benchCall as call,
  demoStorePair,
  measureEncryptedVsPlain,
  signedInPair,
  type BenchRow,
  type BenchSection,
} from './harness';

// A smaller centre for a quick check of the bench itself: KESHER_BENCH_PARTICIPANTS=2000 npm run bench -- casework
const PARTICIPANTS = Number(process.env.KESHER_BENCH_PARTICIPANTS ?? 50_000);
const SEED = 2026;
const NOW = new Date('2026-05-10T07:00:00Z');
const TODAY = '2026-05-10';
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const COACH = 'demo-coach1';
const OTHER_COACH = 'demo-coach2';
const COORDINATOR = 'demo-coordinator';
/**
 * A real coach carries roughly 60–120 participants; the demo's two coaches share all 50,000.
 * The measured coach keeps this many active ones (the rest go to the other coach), and the
 * centre-wide scale is measured separately as the coordinator, whose day and queue span all.
 */
const CASELOAD = 100;

type Variant = 'encrypted' | 'plain';

interface App {
  variant: Variant;
  app: AppState;
  runtime: StoreRuntime;
  /** Who the app is signed in as. */
  user: string;
}

/** Signs the app in as `username` (outside the timed samples). */
async function signInAs(app: AppState, username: string): Promise<void> {
  await call(app, 'auth.signOut', {});
  await call(app, 'auth.signIn', { username, password: DEMO_PASSWORD });
}

/**
 * Leaves the coach `CASELOAD` active participants (the heavy one among them): the others,
 * with the meetings this coach holds for them, pass to the other coach. Written before the
 * plain copy is made, so both sides hold the same caseloads.
 */
export function realisticCaseload(sqlite: Database.Database, coachId: number, otherId: number, heavyId: number): void {
  const moved = `SELECT id FROM participants WHERE coach_id = @coachId AND id <> @heavyId
    AND (status <> 'active' OR id NOT IN (SELECT id FROM participants WHERE coach_id = @coachId AND status = 'active'
      AND id <> @heavyId ORDER BY id LIMIT @keep))`;
  const args = { coachId, otherId, heavyId, keep: CASELOAD - 1 };
  sqlite
    .prepare(`UPDATE meetings SET staff_id = @otherId WHERE staff_id = @coachId AND participant_id IN (${moved})`)
    .run(args);
  sqlite.prepare(`UPDATE participants SET coach_id = @otherId WHERE id IN (${moved})`).run(args);
}

/**
 * Gives one of the coach's active participants the heavy record the issue names, written
 * straight into the tables before the plain copy is made, so both sides hold it.
 */
export function heavyParticipant(sqlite: Database.Database, coachId: number): number {
  const row = sqlite
    .prepare(
      "SELECT id, enrolment_date AS enrolment FROM participants WHERE coach_id = ? AND status = 'active' ORDER BY enrolment_date LIMIT 1",
    )
    .get(coachId) as { id: number; enrolment: string };
  const at = NOW.toISOString();
  const id = row.id;
  sqlite.prepare('DELETE FROM plan_tasks WHERE plan_id IN (SELECT id FROM plans WHERE participant_id = ?)').run(id);
  sqlite.prepare('DELETE FROM plan_goals WHERE plan_id IN (SELECT id FROM plans WHERE participant_id = ?)').run(id);
  sqlite.prepare('DELETE FROM plan_barriers WHERE plan_id IN (SELECT id FROM plans WHERE participant_id = ?)').run(id);
  sqlite.prepare('DELETE FROM plans WHERE participant_id = ?').run(id);
  const plan = sqlite.prepare(
    `INSERT INTO plans (participant_id, version, status, vision, strengths, planned_meetings, next_review_date,
       participant_signed_date, coach_signed_date, signed_by, created_at, created_by, updated_at)
     VALUES (?, ?, ?, 'לחזור לעבודה במשרה מלאה', 'ניסיון רב, אמינות', 4, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const goal = sqlite.prepare(
    `INSERT INTO plan_goals (plan_id, item_key, position, what, measure_value, measure_unit, due_date, status)
     VALUES (?, ?, ?, 'לשלוח קורות חיים', 10, 'משרות', ?, 'open')`,
  );
  const task = sqlite.prepare(
    `INSERT INTO plan_tasks (plan_id, item_key, position, text, owner, due_date, done_date, goal_key)
     VALUES (?, ?, ?, 'משימה', ?, ?, ?, ?)`,
  );
  const barrier = sqlite.prepare(
    "INSERT INTO plan_barriers (plan_id, item_key, position, code, addressed_by) VALUES (?, ?, ?, 'health', 'coach')",
  );
  for (let v = 1; v <= 10; v += 1) {
    const signed = v < 10;
    const date = addDays(row.enrolment, v * 20);
    const planId = Number(
      plan.run(
        id,
        v,
        signed ? 'signed' : 'draft',
        addDays(date, 30),
        signed ? date : null,
        signed ? date : null,
        signed ? coachId : null,
        at,
        coachId,
        at,
      ).lastInsertRowid,
    );
    for (let g = 0; g < 5; g += 1) goal.run(planId, `g${g}`, g, addDays(date, 60));
    for (let k = 0; k < 10; k += 1)
      task.run(
        planId,
        `t${k}`,
        k,
        k % 2 ? 'coach' : 'participant',
        addDays(date, 10 + k),
        k < 5 ? date : null,
        `g${k % 5}`,
      );
    for (let b = 0; b < 3; b += 1) barrier.run(planId, `b${b}`, b);
  }
  const meeting = sqlite.prepare(
    `INSERT INTO meetings (participant_id, staff_id, date, time, mode, state, tools, topics, note, created_at, created_by, updated_at)
     VALUES (?, ?, ?, '10:00', 'IN_PERSON', ?, '["scale_coaching"]', 'נושאים', 'הערה', ?, ?, ?)`,
  );
  for (let m = 0; m < 100; m += 1) {
    const date = addDays(TODAY, m - 95);
    meeting.run(id, coachId, date, date > TODAY ? 'BOOKED' : m % 9 === 0 ? 'NO_SHOW' : 'ATTENDED', at, coachId, at);
  }
  const placement = sqlite.prepare(
    `INSERT INTO placements (participant_id, employer, occupation_code, start_date, end_date, employment_type,
       job_scope_pct, monthly_salary_nis, found_by, created_at, created_by, updated_at)
     VALUES (?, 'מעסיק', '4110', ?, ?, 'SALARIED', 100, 9000, 'SELF', ?, ?, ?)`,
  );
  for (let p = 0; p < 5; p += 1) {
    const start = addMonthsClamped(row.enrolment, p * 2);
    placement.run(id, start, p < 4 ? addMonthsClamped(start, 1) : null, at, coachId, at);
  }
  return id;
}

interface Scenario {
  name: string;
  user: string;
  iterations: number;
  sample(app: AppState, i: number): Promise<unknown>;
}

function scenarios(heavyId: number, openCalls: ((app: AppState, id: number) => Promise<unknown>)[]): Scenario[] {
  return [
    { name: "coach's day · home.day", user: COACH, iterations: 200, sample: (app) => call(app, 'home.day', {}) },
    {
      name: 'follow-up queue · followUps.queue',
      user: COACH,
      iterations: 200,
      sample: (app, i) =>
        call(app, 'followUps.queue', { scope: (['week', 'overdue', 'all'] as const)[i % 3] ?? 'all' }),
    },
    {
      name: 'participant open · plan ×10, 100 meetings, 5 placements',
      user: COACH,
      iterations: 200,
      sample: async (app) => {
        for (const open of openCalls) await open(app, heavyId);
      },
    },
    {
      name: "coordinator's centre-wide day · home.day",
      user: COORDINATOR,
      iterations: 200,
      sample: (app) => call(app, 'home.day', {}),
    },
    {
      name: 'centre-wide follow-up queue · followUps.queue (coordinator)',
      user: COORDINATOR,
      iterations: 200,
      sample: (app, i) =>
        call(app, 'followUps.queue', { scope: (['week', 'overdue', 'all'] as const)[i % 3] ?? 'all' }),
    },
  ];
}

/** Every call the participant page makes on opening (Details tab, and each case-work tab's first read). */
const participantOpen: ((app: AppState, id: number) => Promise<unknown>)[] = [
  (app, id) => call(app, 'participants.get', { id }),
  (app, id) => call(app, 'participants.timeline', { id }),
  (app, id) => call(app, 'timeline.casework', { id }),
  (app, id) => call(app, 'exits.get', { id }),
  (app, id) => call(app, 'plans.get', { participantId: id }),
  (app, id) => call(app, 'meetings.list', { participantId: id }),
  (app, id) => call(app, 'placements.list', { participantId: id }),
];

async function measureScenario(scenario: Scenario, apps: App[]): Promise<BenchRow[]> {
  for (const a of apps) {
    if (a.user === scenario.user) continue;
    await signInAs(a.app, scenario.user);
    a.user = scenario.user;
  }
  return measureEncryptedVsPlain(
    scenario.name,
    scenario.iterations,
    apps.map(({ variant, app }) => ({ variant, sample: (i: number) => scenario.sample(app, i) })),
  );
}

const megabytes = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-casework-'));
  const apps: App[] = [];
  try {
    const pair = await demoStorePair({
      root,
      participants: PARTICIPANTS,
      seed: SEED,
      now: NOW,
      kdf: KDF,
      prepare: (sqlite) => {
        const coachId = (sqlite.prepare('SELECT id FROM staff WHERE username = ?').get(COACH) as { id: number }).id;
        const otherId = (sqlite.prepare('SELECT id FROM staff WHERE username = ?').get(OTHER_COACH) as { id: number })
          .id;
        const heavyId = sqlite.transaction(() => {
          const id = heavyParticipant(sqlite, coachId);
          realisticCaseload(sqlite, coachId, otherId, id);
          return id;
        })();
        const counts = sqlite
          .prepare(
            `SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM placements) AS placements,
               (SELECT count(*) FROM plans) AS plans, (SELECT count(*) FROM follow_ups) AS followUps,
               (SELECT count(*) FROM participants WHERE coach_id = ? AND status = 'active') AS mine`,
          )
          .get(coachId) as Record<string, number>;
        return { heavyId, counts };
      },
    });
    const { heavyId, counts } = pair.prepared;
    const { encryptedDir, plainDir, generatedMs } = pair;
    apps.push(...(await signedInPair(pair, COACH, NOW)).map((s) => ({ ...s, user: COACH })));

    const rows: BenchRow[] = [];
    for (const scenario of scenarios(heavyId, participantOpen)) rows.push(...(await measureScenario(scenario, apps)));
    return {
      title: `Case work at ${PARTICIPANTS.toLocaleString('en')} participants: API calls, encrypted store vs a plain copy`,
      rows,
      notes: [
        `demo store generated in ${(generatedMs / 1000).toFixed(1)} s (seed ${SEED}); encrypted ${megabytes(path.join(encryptedDir, 'kesher.db'))}, plain ${megabytes(path.join(plainDir, 'kesher.db'))}`,
        `rows: ${counts.meetings} meetings, ${counts.placements} placements, ${counts.plans} plan versions, ${counts.followUps} follow-ups; the coach has ${counts.mine} active participants (a realistic caseload), the coordinator's day spans the centre`,
        `measured through dispatch() as ${COACH} and ${COORDINATOR}; participant open = ${participantOpen.length} calls in sequence, record_viewed audit included`,
        'targets: each p95 ≤ 20 ms, encrypted/plain ≤ ×1.5',
      ],
    };
  } finally {
    for (const { runtime } of apps) runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
