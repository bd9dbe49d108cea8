import {
  insertInstance,
  insertSessions,
  saveTitle,
  upsertEnrolment,
  type InstanceValues,
} from '../../../../db/repositories/workshops';
import type { WorkshopType } from '../../../domain/codes';
import { addDays, todayIso, type IsoDate } from '../../../domain/dates';
import { generateSchedule, weekdayOf } from '../../../domain/schedule';
import type { StoreRuntime } from '../../store/runtime';
import type { Rng } from '../prng';

interface TitleSeed {
  type: WorkshopType;
  nameHe: string;
  nameEn: string;
}

/** The centre's own names for the types it runs most. */
const TITLES: readonly TitleSeed[] = [
  { type: 'BACK_TO_WORK', nameHe: 'חוזרים לעבודה 50+', nameEn: 'Back to work 50+' },
  { type: 'MOTIVATION', nameHe: 'מי הזיז את המוטיבציה שלי', nameEn: 'Who moved my motivation?' },
  { type: 'BUSINESS_STANDARD', nameHe: 'יוזמים עסק — מסלול מלא', nameEn: 'Starting a business — full track' },
  { type: 'EXCEL_BEG', nameHe: 'אקסל צעד ראשון', nameEn: 'Excel, first steps' },
  { type: 'LINKEDIN_BEG', nameHe: 'לינקדאין למתחילים', nameEn: 'LinkedIn for beginners' },
  { type: 'JOB_CLUB', nameHe: "ג'וב קלאב שבועי", nameEn: 'Weekly job club' },
];

interface RunSeed {
  title: number;
  /** Days from the demo's today to the schedule's start (negative: in the past). */
  startIn: number;
  weekday: number;
  startTime: string;
  endTime: string;
  count: number;
  place: string;
  capacity: number | null;
  /** People to enrol; beyond the capacity they wait in order. */
  enrol: number;
  external?: string;
}

/** Past, running and upcoming runs of several types, one full with a wait list, and the job club. */
const RUNS: readonly RunSeed[] = [
  {
    title: 0,
    startIn: -150,
    weekday: 2,
    startTime: '09:00',
    endTime: '13:00',
    count: 6,
    place: 'חדר הדרכה 1',
    capacity: 15,
    enrol: 14,
  },
  {
    title: 1,
    startIn: -70,
    weekday: 0,
    startTime: '10:00',
    endTime: '13:00',
    count: 3,
    place: 'חדר הדרכה 2',
    capacity: 12,
    enrol: 12,
  },
  {
    title: 3,
    startIn: -15,
    weekday: 3,
    startTime: '09:30',
    endTime: '12:30',
    count: 4,
    place: 'מעבדת מחשבים',
    capacity: 10,
    enrol: 13,
  },
  {
    title: 0,
    startIn: 6,
    weekday: 2,
    startTime: '09:00',
    endTime: '13:00',
    count: 6,
    place: 'חדר הדרכה 1',
    capacity: 12,
    enrol: 14,
  },
  {
    title: 2,
    startIn: 9,
    weekday: 1,
    startTime: '16:00',
    endTime: '20:00',
    count: 14,
    place: 'חדר הדרכה 2',
    capacity: 16,
    enrol: 8,
    external: 'מיכל שרון',
  },
  {
    title: 4,
    startIn: 4,
    weekday: 4,
    startTime: '09:00',
    endTime: '14:00',
    count: 1,
    place: 'מעבדת מחשבים',
    capacity: 20,
    enrol: 5,
  },
  // The job club meets weekly, before and after today; it takes no enrolment (walk-ins are marked at the session).
  {
    title: 5,
    startIn: -63,
    weekday: 0,
    startTime: '09:00',
    endTime: '12:00',
    count: 18,
    place: 'מועדון התעסוקה',
    capacity: null,
    enrol: 0,
    external: 'דני לוי',
  },
];

/** The first day on or after `date` that falls on `weekday`. */
function onOrAfter(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/**
 * A workshop catalogue in use: centre titles, runs with sessions laid by the holiday-aware
 * generator, enrolments and wait lists drawn from people already in the programme. Attendance
 * and facilitator notes are another area's; it finds these runs with `demoWorkshopRuns`.
 */
export function addDemoWorkshops(
  runtime: StoreRuntime,
  rng: Rng,
  facilitatorId: number | null,
  actorId: number | null,
): void {
  const db = runtime.db();
  const now = runtime.now();
  const today = todayIso(now);
  const people = (
    runtime.sqlite().prepare("SELECT id FROM participants WHERE status IN ('active', 'intake') ORDER BY id").all() as {
      id: number;
    }[]
  ).map((row) => row.id);
  runtime.sqlite().transaction(() => {
    const titles = TITLES.map((seed) => saveTitle(db, undefined, { ...seed, active: true }, now)!);
    for (const run of RUNS) {
      const title = titles[run.title]!;
      const values: InstanceValues = {
        type: title.type,
        titleId: title.id,
        title: title.nameHe,
        facilitatorId: run.external ? null : facilitatorId,
        facilitatorName: run.external ?? null,
        place: run.place,
        capacity: run.capacity,
        notes: null,
      };
      const instance = insertInstance(db, values, actorId, now);
      const fromDate = onOrAfter(addDays(today, run.startIn), run.weekday);
      const { dates } = generateSchedule({ ...run, fromDate });
      insertSessions(
        db,
        instance.id,
        dates.map((date) => ({ date, startTime: run.startTime, endTime: run.endTime, place: null })),
        now,
      );
      rng.sample(people, run.enrol).forEach((participantId, i) => {
        const waiting = run.capacity !== null && i >= run.capacity;
        upsertEnrolment(
          db,
          {
            instanceId: instance.id,
            participantId,
            status: waiting ? 'waitlisted' : 'enrolled',
            waitPosition: waiting ? i - run.capacity! + 1 : null,
          },
          actorId,
          now,
        );
      });
    }
  })();
  runtime.audit({ action: 'record_created', entity: 'workshop_instance', outcome: 'demo_generated' });
}

export interface DemoWorkshopRun {
  id: number;
  type: WorkshopType;
  sessionIds: number[];
}

/** The demo's runs with their scheduled sessions, for areas that add attendance and notes on top. */
export function demoWorkshopRuns(runtime: StoreRuntime): DemoWorkshopRun[] {
  const rows = runtime
    .sqlite()
    .prepare(
      `SELECT i.id AS id, i.type AS type, s.id AS sessionId FROM workshop_instances i
       JOIN workshop_sessions s ON s.instance_id = i.id AND s.status = 'scheduled'
       ORDER BY i.id, s.date, s.id`,
    )
    .all() as { id: number; type: WorkshopType; sessionId: number }[];
  const runs = new Map<number, DemoWorkshopRun>();
  for (const row of rows) {
    const run = runs.get(row.id) ?? { id: row.id, type: row.type, sessionIds: [] };
    run.sessionIds.push(row.sessionId);
    runs.set(row.id, run);
  }
  return [...runs.values()];
}
