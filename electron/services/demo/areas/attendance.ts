import { attendance, facilitatorNotes } from '../../../../db/schema/workshops';
import {
  attendanceStatuses,
  isDropInWorkshopType,
  type AttendanceStatus,
  type WorkshopType,
} from '../../../domain/codes';
import { todayIso } from '../../../domain/dates';
import type { StoreRuntime } from '../../store/runtime';
import { createRng, weightsFor, type Rng } from '../prng';
import { tableInserter } from '../table-insert';

/** How a course session's roster is marked: mostly present, every status seen, a few rows left unmarked. */
const COURSE_MARKS = weightsFor([...attendanceStatuses, 'UNMARKED'] as const, {
  PRESENT: 74,
  LATE: 8,
  ABSENT: 9,
  EXCUSED: 5,
  UNMARKED: 4,
});

/** Walk-ins at a drop-in session came in; a few came late. */
const WALK_IN_MARKS: readonly (readonly [AttendanceStatus, number])[] = [
  ['PRESENT', 9],
  ['LATE', 1],
];

/** The facilitator's end-of-workshop updates to the coach (DOMAIN: 001 ~1395), invented. */
const NOTES = [
  'השתתפ/ה באופן פעיל ושיתפ/ה מניסיונ/ה. כדאי להמשיך לעבוד על קורות החיים.',
  'הגיע/ה בזמן לכל המפגשים. בסימולציית הראיון היה/תה מתוח/ה — מומלץ תרגול נוסף.',
  'שקט/ה בקבוצה אך עשה/תה את כל המשימות. מתעניינ/ת בתחום הלוגיסטיקה.',
  'החמיצ/ה שני מפגשים בגלל טיפול רפואי. ביקש/ה חומרים — כדאי לבדוק איתו/ה.',
  'בנה/תה פרופיל לינקדאין מלא במהלך הסדנה ופנה/תה לשלושה מעסיקים.',
  'מוטיבציה גבוהה. מוכנ/ה לראיונות; מחפש/ת משרה חלקית בבוקר.',
];

interface DemoSession {
  id: number;
  instanceId: number;
  date: string;
  type: WorkshopType;
  facilitatorId: number | null;
}

/**
 * Attendance, job-club walk-ins and facilitator notes on whatever instances and sessions the
 * store holds (the workshops area lays them): course sessions up to today are marked from
 * their enrolments, drop-in sessions get walk-ins from the active participants, and finished
 * courses get an update to the coach for some of their people. Seeded: the same store gives
 * the same marks.
 */
export function addDemoAttendance(runtime: StoreRuntime, seed = 1): void {
  const sqlite = runtime.sqlite();
  const today = todayIso(runtime.now());
  const rng = createRng((seed * 0x85ebca6b) >>> 0);
  const sessions = sqlite
    .prepare(
      `SELECT s.id, s.instance_id AS instanceId, s.date, i.type, i.facilitator_id AS facilitatorId
         FROM workshop_sessions s JOIN workshop_instances i ON i.id = s.instance_id
        WHERE s.status = 'scheduled' AND s.date <= ? ORDER BY s.date, s.id`,
    )
    .all(today) as DemoSession[];
  if (!sessions.length) return;
  const enrolled = new Map<number, number[]>();
  for (const row of sqlite
    .prepare(
      `SELECT instance_id AS instanceId, participant_id AS participantId FROM workshop_enrolments
               WHERE status = 'enrolled' ORDER BY instance_id, participant_id`,
    )
    .all() as { instanceId: number; participantId: number }[])
    enrolled.set(row.instanceId, [...(enrolled.get(row.instanceId) ?? []), row.participantId]);
  const active = (
    sqlite.prepare(`SELECT id FROM participants WHERE status = 'active' ORDER BY id`).all() as { id: number }[]
  ).map((r) => r.id);
  const fallbackAuthor =
    (sqlite.prepare(`SELECT id FROM staff WHERE username = 'demo-facilitator'`).get() as { id: number } | undefined)
      ?.id ?? null;

  const insertMark = tableInserter(sqlite, attendance, ['id']);
  const insertNote = tableInserter(sqlite, facilitatorNotes, ['id']);
  const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  sqlite.transaction(() => {
    for (const session of sessions) {
      const markedBy = session.facilitatorId ?? fallbackAuthor;
      const marks = isDropInWorkshopType(session.type)
        ? walkIns(rng, active)
        : (enrolled.get(session.instanceId) ?? []).flatMap((participantId) => {
            const status = rng.weighted(COURSE_MARKS);
            return status === 'UNMARKED' ? [] : [{ participantId, status }];
          });
      for (const mark of marks)
        insertMark({ sessionId: session.id, ...mark, markedAt: at(session.date, 12), markedBy });
    }
    for (const [instanceId, last] of lastSessions(sessions)) {
      if (isDropInWorkshopType(last.type)) continue;
      for (const participantId of enrolled.get(instanceId) ?? []) {
        if (!rng.chance(0.3)) continue;
        insertNote({
          participantId,
          instanceId,
          sessionId: last.id,
          authorId: last.facilitatorId ?? fallbackAuthor,
          text: rng.pick(NOTES),
          createdAt: at(last.date, 14),
          seenAt: null,
        });
      }
    }
  })();
  runtime.audit({ action: 'record_created', entity: 'attendance', outcome: 'demo_generated' });
}

function walkIns(rng: Rng, active: readonly number[]): { participantId: number; status: AttendanceStatus }[] {
  if (!active.length) return [];
  return rng
    .sample(active, rng.int(4, 10))
    .map((participantId) => ({ participantId, status: rng.weighted(WALK_IN_MARKS) }));
}

/** Each instance's latest session up to today: where the facilitator's update to the coach is written. */
function lastSessions(sessions: readonly DemoSession[]): Map<number, DemoSession> {
  const last = new Map<number, DemoSession>();
  for (const s of sessions) last.set(s.instanceId, s);
  return last;
}
