/**
 * Exit proposals (DOMAIN journey step 8, the evaluation report's exit conditions): the app
 * proposes, a person decides. Pure: the service gathers the facts, this decides.
 *
 * - Employed six months: a programme placement (CRF-1 §5: starts on or after the enrolment
 *   date) that has lasted at least six months by the day in question, i.e. it is still running
 *   (or ended no earlier than) addMonths(start, 6), and addMonths(start, 6) ≤ that day.
 * - Maximum time in the programme: addMonths(enrolmentDate, maxMonths) ≤ the day, where
 *   maxMonths is the centre's setting (12 / 18 / 36).
 * - Long non-cooperation, defined so a coach can check it by reading the meeting log:
 *   (a) the last NON_COOPERATION_NO_SHOWS (3) held-or-missed meetings in a row were all no-shows
 *   (cancellations are neither, and are skipped: a centre may cancel), or
 *   (b) at least 2 no-shows since the last attended contact and no attended contact for
 *   NON_COOPERATION_SILENT_DAYS (90) days. Why: 90 days is DOMAIN's "once a quarter" contact
 *   floor, and two missed meetings show the silence is the person's, not the centre's (a coach
 *   who simply did not call does not turn a participant into a non-cooperator).
 */
import { addMonthsClamped, daysBetween, type IsoDate } from './dates';

export const EMPLOYED_MONTHS_FOR_EXIT = 6;
export const NON_COOPERATION_NO_SHOWS = 3;
export const NON_COOPERATION_MIN_NO_SHOWS_WHEN_SILENT = 2;
export const NON_COOPERATION_SILENT_DAYS = 90;

export type ProposedExitReason = 'EMPLOYED_6M' | 'MAX_DURATION' | 'NON_COOPERATION';

export interface PlacementFact {
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** Meetings that happened or were missed; state BOOKED and CANCELLED are ignored by the rules. */
export interface MeetingFact {
  date: IsoDate;
  state: 'BOOKED' | 'ATTENDED' | 'NO_SHOW' | 'CANCELLED';
}

export interface ExitFacts {
  today: IsoDate;
  enrolmentDate: IsoDate | null;
  maxProgrammeMonths: number;
  placements: readonly PlacementFact[];
  meetings: readonly MeetingFact[];
  /** Last attended contact (intake or attended meeting): participants.last_contact_date. */
  lastContactDate: IsoDate | null;
}

export type ExitWhy =
  | { reason: 'EMPLOYED_6M'; placementStart: IsoDate; sixMonthsOn: IsoDate }
  | { reason: 'MAX_DURATION'; enrolmentDate: IsoDate; months: number; reachedOn: IsoDate }
  | { reason: 'NON_COOPERATION'; rule: 'consecutive_no_shows'; noShows: number; lastNoShow: IsoDate }
  | { reason: 'NON_COOPERATION'; rule: 'silent'; noShows: number; daysSinceContact: number | null };

/**
 * The programme placement that has lasted six months by `onDate`, earliest first; null when none.
 * A placement that ended before its six months were up does not count, however long ago it began.
 */
export function sixMonthPlacement(
  enrolmentDate: IsoDate | null,
  placements: readonly PlacementFact[],
  onDate: IsoDate,
): { placementStart: IsoDate; sixMonthsOn: IsoDate } | null {
  if (enrolmentDate === null) return null;
  const qualifying = placements
    .filter((p) => p.startDate >= enrolmentDate && p.startDate <= onDate)
    .map((p) => ({ p, sixMonthsOn: addMonthsClamped(p.startDate, EMPLOYED_MONTHS_FOR_EXIT) }))
    .filter(({ p, sixMonthsOn }) => sixMonthsOn <= onDate && (p.endDate === null || p.endDate >= sixMonthsOn))
    .sort((a, b) => (a.p.startDate < b.p.startDate ? -1 : a.p.startDate > b.p.startDate ? 1 : 0));
  const first = qualifying[0];
  return first ? { placementStart: first.p.startDate, sixMonthsOn: first.sixMonthsOn } : null;
}

/** The rule `participants.exit` applies to EMPLOYED_6M: true when the exit date is backed by a placement. */
export function mayExitAsEmployed6m(
  enrolmentDate: IsoDate | null,
  placements: readonly PlacementFact[],
  exitDate: IsoDate,
): boolean {
  return sixMonthPlacement(enrolmentDate, placements, exitDate) !== null;
}

/**
 * Meetings in date order. No time is kept, and the store lists one day's meetings in no set
 * order, so on a day with both an attended meeting and a no-show the attended one counts as
 * the later: a day the person came in breaks a run of no-shows, whatever order they came in.
 */
function byDateAttendedLast(a: MeetingFact, b: MeetingFact): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return Number(a.state === 'ATTENDED') - Number(b.state === 'ATTENDED');
}

function nonCooperation(facts: ExitFacts): ExitWhy | null {
  const happened = facts.meetings
    .filter((m) => m.date <= facts.today && (m.state === 'ATTENDED' || m.state === 'NO_SHOW'))
    .sort(byDateAttendedLast);
  const recent = happened.slice(-NON_COOPERATION_NO_SHOWS);
  if (recent.length === NON_COOPERATION_NO_SHOWS && recent.every((m) => m.state === 'NO_SHOW')) {
    return {
      reason: 'NON_COOPERATION',
      rule: 'consecutive_no_shows',
      noShows: NON_COOPERATION_NO_SHOWS,
      lastNoShow: recent[recent.length - 1]!.date,
    };
  }
  // The meeting log is contact too, whether or not it has moved last_contact_date yet.
  const lastAttended = happened.filter((m) => m.state === 'ATTENDED').at(-1)?.date ?? null;
  const contact =
    facts.lastContactDate !== null && (lastAttended === null || facts.lastContactDate > lastAttended)
      ? facts.lastContactDate
      : lastAttended;
  const days = contact === null ? null : daysBetween(contact, facts.today);
  if (days !== null && days < NON_COOPERATION_SILENT_DAYS) return null;
  // No contact on record at all counts as silent only from enrolment on, 90 days likewise.
  if (
    days === null &&
    (facts.enrolmentDate === null || daysBetween(facts.enrolmentDate, facts.today) < NON_COOPERATION_SILENT_DAYS)
  )
    return null;
  const noShows = happened.filter((m) => m.state === 'NO_SHOW' && (contact === null || m.date > contact)).length;
  if (noShows < NON_COOPERATION_MIN_NO_SHOWS_WHEN_SILENT) return null;
  return { reason: 'NON_COOPERATION', rule: 'silent', noShows, daysSinceContact: days };
}

/**
 * The exit the app proposes for an active participant, with why; null when none applies.
 * Order: employed six months first (the good news, and the reason the export most wants
 * right), then maximum duration, then non-cooperation.
 */
export function proposeExit(facts: ExitFacts): ExitWhy | null {
  const employed = sixMonthPlacement(facts.enrolmentDate, facts.placements, facts.today);
  if (employed) return { reason: 'EMPLOYED_6M', ...employed };
  if (facts.enrolmentDate !== null) {
    const reachedOn = addMonthsClamped(facts.enrolmentDate, facts.maxProgrammeMonths);
    if (reachedOn <= facts.today)
      return {
        reason: 'MAX_DURATION',
        enrolmentDate: facts.enrolmentDate,
        months: facts.maxProgrammeMonths,
        reachedOn,
      };
  }
  return nonCooperation(facts);
}
