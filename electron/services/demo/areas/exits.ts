import { exitReasons, type ExitReason } from '../../../domain/codes';
import { addDays, addMonthsClamped, type IsoDate } from '../../../domain/dates';
import { EMPLOYED_MONTHS_FOR_EXIT } from '../../../domain/exit-proposals';
import { followUpSchedule } from '../../../domain/follow-ups';
import type { StoreRuntime } from '../../store/runtime';
import type { Rng } from '../prng';

/** ISCO-08 unit groups common among the programme's placements: clerks, sales, cleaning, driving, bookkeeping, care. */
const DEMO_OCCUPATIONS = ['4110', '5223', '9112', '8322', '4311', '5322'] as const;

/**
 * Exits and exit proposals in the demo centre, over the people one fill added (ids
 * `fromId`..`toId`): every CRF-1 exit reason at least once, each with a farewell note and
 * referrals where they fit; every EMPLOYED_6M exit backed by a programme placement of six
 * months (the rule `participants.exit` enforces); and active people due for exit under each
 * proposal, so the coordinator's list has something of every kind.
 */

const NOTES: Record<ExitReason, string> = {
  EMPLOYED_6M: 'השתלב/ה היטב בעבודה; סוכם שנשמור על קשר בשיחות המעקב.',
  NON_COOPERATION: 'לא הגיע/ה לפגישות שנקבעו; הדלת נשארת פתוחה לחזרה.',
  MAX_DURATION: 'הגיע/ה למשך המרבי בתכנית; סיכמנו את ההישגים ואת הצעדים הבאים.',
  REFERRED_ELSEWHERE: 'הופנה/תה לתכנית שמתאימה יותר לצרכים שעלו.',
  MOVED: 'עבר/ה לגור מחוץ לאזור; נמסרו פרטי מרכז קרוב.',
  HEALTH: 'הפסקה מסיבות בריאות; הוסבר שאפשר לחזור כשיתאפשר.',
  PERSONAL: 'הפסקה מסיבות אישיות; נפרדנו בשיחה טובה.',
  OTHER: 'סיום השתתפות; הפרטים נרשמו בשיחת הפרידה.',
};

const PROGRAMMES = [
  'תכנית לחרדים מבוגרים',
  'תכנית לאימהות יחידניות',
  'תכנית לאנשים עם מוגבלות',
  'תכנית לאסירים משוחררים',
];

interface Exited {
  id: number;
  enrolment: IsoDate;
  exit: IsoDate;
  reason: ExitReason;
  coachId: number | null;
}

interface Active {
  id: number;
  enrolment: IsoDate;
  coachId: number | null;
}

export function addDemoExits(
  runtime: StoreRuntime,
  rng: Rng,
  ctx: { today: IsoDate; nowIso: string; serviceIds: readonly number[] },
  fromId: number,
  toId: number,
): void {
  const sqlite = runtime.sqlite();
  const exited = sqlite
    .prepare(
      `SELECT id, enrolment_date AS enrolment, exit_date AS exit, exit_reason AS reason, coach_id AS coachId
       FROM participants WHERE status = 'exited' AND enrolment_date IS NOT NULL AND id BETWEEN ? AND ? ORDER BY id`,
    )
    .all(fromId, toId) as Exited[];
  const setExit = sqlite.prepare(
    `UPDATE participants SET exit_date = ?, exit_reason = ?, exit_note = ?, exit_referral_service_id = ?,
       exit_referral_programme = ? WHERE id = ?`,
  );
  // The status event carries the exit reason and date: keep the timeline telling the same story.
  const setExitEvent = sqlite.prepare(
    `UPDATE participant_events SET detail = json_set(coalesce(detail, '{}'), '$.exitReason', ?)
     WHERE participant_id = ? AND to_status = 'exited'`,
  );
  const addPlacement = sqlite.prepare(
    `INSERT INTO placements (participant_id, employer, occupation_code, start_date, end_date, employment_type,
       job_scope_pct, monthly_salary_nis, found_by, created_at, updated_at)
     VALUES (?, NULL, ?, ?, ?, 'SALARIED', ?, ?, ?, ?, ?)`,
  );
  const addMeeting = sqlite.prepare(
    `INSERT INTO meetings (participant_id, staff_id, date, time, mode, state, created_at, updated_at)
     VALUES (?, ?, ?, '10:00', 'IN_PERSON', 'NO_SHOW', ?, ?)`,
  );
  const clearPlacements = [
    sqlite.prepare('DELETE FROM follow_ups WHERE participant_id = ?'),
    sqlite.prepare('DELETE FROM placements WHERE participant_id = ?'),
  ];
  const addFollowUp = sqlite.prepare(
    `INSERT INTO follow_ups (participant_id, placement_id, months, due_date, state, attempts, answered_date, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  /**
   * The person's one programme placement, replacing any the placements area gave them (so it is
   * the first, and its follow-ups are dated from it): those already due were answered "same job".
   */
  const placement = (id: number, start: IsoDate, end: IsoDate | null) => {
    for (const statement of clearPlacements) statement.run(id);
    const placementId = addPlacement.run(
      id,
      rng.pick(DEMO_OCCUPATIONS),
      start,
      end,
      rng.pick([50, 75, 100]),
      rng.chance(0.8) ? rng.int(6, 14) * 1000 : null,
      rng.chance(0.6) ? 'PROGRAMME' : 'SELF',
      ctx.nowIso,
      ctx.nowIso,
    ).lastInsertRowid;
    for (const { months, dueDate } of followUpSchedule(start)) {
      const answered = dueDate <= ctx.today;
      addFollowUp.run(
        id,
        placementId,
        months,
        dueDate,
        answered ? 'same_job' : 'pending',
        answered ? 1 : 0,
        answered ? dueDate : null,
        ctx.nowIso,
      );
    }
  };

  // Every reason at least once: the first exits of the fill take the reasons in CRF-1 order.
  exitReasons.forEach((reason, i) => {
    const person = exited[i];
    if (person) person.reason = reason;
  });
  for (const person of exited) {
    let { exit, reason } = person;
    if (reason === 'EMPLOYED_6M') {
      const start = addDays(person.enrolment, rng.int(7, 40));
      const sixMonths = addMonthsClamped(start, EMPLOYED_MONTHS_FOR_EXIT);
      if (sixMonths > ctx.today) reason = 'PERSONAL';
      else {
        if (exit < sixMonths) exit = sixMonths;
        placement(person.id, start, null);
      }
    }
    const service = reason === 'HEALTH' || (reason === 'PERSONAL' && rng.chance(0.4)) ? rng.pick(ctx.serviceIds) : null;
    const programme = reason === 'REFERRED_ELSEWHERE' ? rng.pick(PROGRAMMES) : null;
    setExit.run(exit, reason, rng.chance(0.85) ? NOTES[reason] : null, service ?? null, programme, person.id);
    setExitEvent.run(reason, person.id);
  }

  const active = sqlite
    .prepare(
      `SELECT id, enrolment_date AS enrolment, coach_id AS coachId FROM participants
       WHERE status = 'active' AND enrolment_date IS NOT NULL AND id BETWEEN ? AND ? ORDER BY id`,
    )
    .all(fromId, toId) as Active[];
  // People due for exit of each kind, taken from those enrolled 8–17 months ago (not yet at the
  // default maximum of 18), so each shows under the reason meant for it.
  const mid = active.filter(
    (p) => p.enrolment <= addMonthsClamped(ctx.today, -8) && p.enrolment > addMonthsClamped(ctx.today, -17),
  );
  const [employed, noShows, silent] = [mid[0], mid[1], mid[2]];
  if (employed) placement(employed.id, addDays(employed.enrolment, 14), null);
  if (noShows)
    for (const daysAgo of [50, 35, 20])
      addMeeting.run(noShows.id, noShows.coachId, addDays(ctx.today, -daysAgo), ctx.nowIso, ctx.nowIso);
  if (silent) {
    // Silent for 120 days: meetings attended since become no-shows, and the last contact follows
    // what is left (the meeting log and last_contact_date must tell the same story).
    const since = addDays(ctx.today, -120);
    sqlite
      .prepare(`UPDATE meetings SET state = 'NO_SHOW' WHERE participant_id = ? AND state = 'ATTENDED' AND date > ?`)
      .run(silent.id, since);
    sqlite
      .prepare(
        `UPDATE participants SET last_contact_date = coalesce(
           (SELECT max(date) FROM meetings WHERE participant_id = participants.id AND state = 'ATTENDED'), enrolment_date)
         WHERE id = ?`,
      )
      .run(silent.id);
    for (const daysAgo of [100, 70])
      addMeeting.run(silent.id, silent.coachId, addDays(ctx.today, -daysAgo), ctx.nowIso, ctx.nowIso);
  }
  // The maximum duration comes from the journeys (active people enrolled up to two years ago).
}
