import { followUps, placements } from '../../../../db/schema/placements';
import type { FollowUpState } from '../../../domain/casework';
import { addDays, daysBetween, type IsoDate } from '../../../domain/dates';
import { followUpSchedule } from '../../../domain/follow-ups';
import type { StoreRuntime } from '../../store/runtime';
import type { Rng } from '../prng';
import { tableInserter } from '../table-insert';

/** Jobs the programme's participants (45+) commonly take: secretaries, drivers, carers, guards, clerks… */
const OCCUPATIONS = ['4120', '8332', '5311', '5414', '4311', '5230', '5120', '9112', '4321', '5322', '4110', '5223'];
const EMPLOYERS = [
  'מאפיית השכונה',
  'רשת סופר העיר',
  'מוקד שירות צפון',
  'עיריית המרכז',
  'חברת שמירה מגן',
  'בית אבות נווה',
  'משרד רואי חשבון לוי',
  'מחסני לוגיסטיקה דרום',
];

interface Enrolled {
  id: number;
  enrolmentDate: IsoDate;
  coachId: number | null;
}

interface Job {
  id: number;
  startDate: IsoDate;
}

/**
 * Placements and retention follow-ups for the demo's enrolled participants, across the cases
 * CRF-1 has to get right: concurrent jobs, ended jobs, missing salary or scope, a job that
 * started before enrolment (not a programme placement), found by the person or by the
 * programme; and follow-ups in every state — pending, due this week, overdue, retry,
 * same job, employed elsewhere, not employed, unreachable — with the placements the answers
 * imply (an empty end date stays true for "same job").
 */
export function addDemoPlacements(runtime: StoreRuntime, rng: Rng, today: IsoDate, fromId: number, toId: number): void {
  const sqlite = runtime.sqlite();
  const people = sqlite
    .prepare(
      `SELECT id, enrolment_date AS enrolmentDate, coach_id AS coachId FROM participants
       WHERE id BETWEEN ? AND ? AND enrolment_date IS NOT NULL AND status IN ('active', 'exited') ORDER BY id`,
    )
    .all(fromId, toId) as Enrolled[];
  const at = runtime.now().toISOString();
  const insertPlacement = tableInserter(sqlite, placements, ['id']);
  const insertFollowUp = tableInserter(sqlite, followUps, ['id']);

  const job = (person: Enrolled, startDate: IsoDate, over: Partial<typeof placements.$inferInsert> = {}): Job => {
    const id = insertPlacement({
      participantId: person.id,
      employer: rng.pick(EMPLOYERS),
      occupationCode: rng.pick(OCCUPATIONS),
      occupationText: null,
      startDate,
      endDate: null,
      employmentType: rng.chance(0.9) ? 'SALARIED' : 'SELF_EMPLOYED',
      jobScopePct: rng.chance(0.1) ? null : rng.pick([25, 50, 50, 75, 80, 100, 100]),
      monthlySalaryNis: rng.chance(0.12) ? null : rng.int(30, 140) * 100,
      foundBy: rng.chance(0.05) ? null : rng.chance(0.55) ? 'PROGRAMME' : 'SELF',
      note: null,
      createdAt: at,
      createdBy: person.coachId,
      updatedAt: at,
      ...over,
    });
    return { id, startDate };
  };
  const end = (placementId: number, endDate: IsoDate) =>
    sqlite.prepare('UPDATE placements SET end_date = ? WHERE id = ?').run(endDate, placementId);

  for (const person of people) {
    if (!rng.chance(0.45)) continue;
    const enrolled = person.enrolmentDate;
    const sinceEnrolment = daysBetween(enrolled, today);
    if (sinceEnrolment < 20) continue;
    // A job held before joining: recorded, ended, and not a programme placement (CRF-1 §5).
    if (rng.chance(0.15)) {
      const before = job(person, addDays(enrolled, -rng.int(200, 900)), { foundBy: 'SELF' });
      end(before.id, addDays(enrolled, -rng.int(10, 150)));
    }
    const first = job(person, addDays(enrolled, rng.int(14, Math.min(sinceEnrolment, 700))));
    // A second job at the same time, part time (concurrent placements are allowed).
    if (rng.chance(0.12) && daysBetween(first.startDate, today) > 40) {
      job(person, addDays(first.startDate, rng.int(10, 40)), { jobScopePct: rng.pick([25, 40, 50]) });
    }
    let subject = first;
    let stillWorking = true;
    for (const { months, dueDate } of followUpSchedule(first.startDate)) {
      const ago = daysBetween(dueDate, today);
      let state: FollowUpState = 'pending';
      let attempts = 0;
      let nextTryDate: IsoDate | null = null;
      let answeredDate: IsoDate | null = null;
      let newPlacementId: number | null = null;
      if (ago >= 21) {
        state = !stillWorking
          ? rng.pick(['not_employed', 'unreachable'] as const)
          : rng.weighted<FollowUpState>([
              ['same_job', 6],
              ['employed_elsewhere', 1.5],
              ['not_employed', 1.5],
              ['unreachable', 1],
            ]);
        answeredDate = addDays(dueDate, rng.int(0, 14));
        attempts = state === 'unreachable' ? 3 : rng.int(1, 2);
        if (state === 'unreachable') answeredDate = addDays(dueDate, 14);
        if (state === 'not_employed' && stillWorking) {
          end(
            subject.id,
            addDays(dueDate, -rng.int(1, Math.max(1, Math.min(90, daysBetween(subject.startDate, dueDate))))),
          );
          stillWorking = false;
        }
        if (state === 'employed_elsewhere') {
          const newStart = addDays(
            dueDate,
            -rng.int(5, Math.max(5, Math.min(60, daysBetween(subject.startDate, dueDate) - 1))),
          );
          end(subject.id, addDays(newStart, -1));
          subject = job(person, newStart, { foundBy: 'SELF' });
          newPlacementId = subject.id;
        }
      } else if (ago >= 7 && rng.chance(0.5)) {
        // Tried and not reached: called again a week after each try.
        state = 'retry';
        attempts = rng.int(1, 2);
        nextTryDate = addDays(dueDate, 7 * attempts);
      }
      insertFollowUp({
        participantId: person.id,
        placementId: first.id,
        months,
        dueDate,
        state,
        attempts,
        nextTryDate,
        answeredDate,
        answeredBy: answeredDate ? person.coachId : null,
        newPlacementId,
        updatedAt: at,
      });
    }
  }
}
