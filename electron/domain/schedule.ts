/**
 * Workshop schedules on the Israeli calendar. Holidays are computed offline with @hebcal/core
 * in Israel mode (one day of yom tov, Israeli modern holidays), so a centre with no network
 * still skips the right days, and Yom HaAtzmaut lands where the Knesset's moving rule puts it.
 *
 * Which days a workshop does not meet on (`closedKind`), and why:
 * - Yom tov (CHAG: Rosh Hashana ×2, Yom Kippur, Sukkot I, Shmini Atzeret, Pesach I and VII,
 *   Shavuot): statutory days of rest; the centre is closed.
 * - Their eves (EREV with candle lighting): workplaces close at midday and a 09:00–13:00
 *   meeting runs into the preparations; participants, most of them over 45, host or travel.
 * - Chol hamoed of Pesach and Sukkot: schools are out for the whole week and many of the
 *   participants look after grandchildren (a barrier the plan names); centres hold no groups.
 *   Pesach VI and Hoshana Raba, the eves of the last day, fall in this rule too.
 * - Yom HaZikaron and Yom HaAtzmaut: the memorial day (the eve of Independence Day, with
 *   ceremonies and sirens) and the statutory holiday, on the dates hebcal moves them to.
 * - Tisha B'Av: a public fast and day of mourning; a group meeting would be half empty.
 *   Its eve is an ordinary working day (the fast starts at sunset, after the meeting).
 * - Purim: schools and kindergartens close (grandchildren again). Shushan Purim is observed
 *   in Jerusalem only and is a working day elsewhere, so it is not skipped.
 * Yom HaShoah, Lag BaOmer, Chanukah and the minor fasts are working days: they are shown on
 * the calendar but do not move a session.
 */
import { flags, HDate, HebrewCalendar, type Event } from '@hebcal/core';
import { AppError } from './app-error';
import { addDays, isIsoDate, type IsoDate } from './dates';
import { MAX_SESSIONS_PER_SCHEDULE, TIME_OF_DAY } from './schedule-limits';

export { MAX_SESSIONS_PER_SCHEDULE, TIME_OF_DAY };

export interface HolidayMark {
  date: IsoDate;
  nameHe: string;
  nameEn: string;
  /** True when workshops do not meet on that day (see the rules above). */
  closed: boolean;
}

const EREV_OF_YOM_TOV = flags.EREV | flags.LIGHT_CANDLES;
const CLOSED_BY_NAME = new Set(['Yom HaZikaron', "Yom HaAtzma'ut", 'Purim']);

function isClosed(event: Event): boolean {
  const mask = event.getFlags();
  if (mask & flags.CHAG || mask & flags.CHOL_HAMOED) return true;
  // hebcal marks Erev Tisha B'Av as a major fast too, but that fast starts at sunset, after the meeting.
  if (mask & flags.MAJOR_FAST && !(mask & flags.EREV)) return true;
  if ((mask & EREV_OF_YOM_TOV) === EREV_OF_YOM_TOV) return true;
  return CLOSED_BY_NAME.has(event.getDesc());
}

/** Shown on the calendar: closed days and the holidays people notice, not Torah readings or Omer counts. */
function isNotable(event: Event): boolean {
  const mask = event.getFlags();
  // Israeli minor commemoration days (Herzl Day, Family Day…) carry both flags; they change nothing.
  if (mask & flags.MODERN_HOLIDAY && mask & flags.IL_ONLY) return false;
  return Boolean(mask & (flags.MODERN_HOLIDAY | flags.MINOR_HOLIDAY | flags.CHANUKAH_CANDLES | flags.MINOR_FAST));
}

function isoOfLocal(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const byYear = new Map<number, HolidayMark[]>();

/** Every notable holiday of one Gregorian year, computed once per process (the rules never change). */
function marksOfYear(year: number): HolidayMark[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const events = HebrewCalendar.calendar({
    start: new HDate(new Date(year, 0, 1)),
    end: new HDate(new Date(year, 11, 31)),
    il: true,
  });
  const marks: HolidayMark[] = [];
  for (const event of events) {
    const closed = isClosed(event);
    if (!closed && !isNotable(event)) continue;
    marks.push({
      date: isoOfLocal(event.getDate().greg()),
      nameHe: event.render('he-x-NoNikud'),
      nameEn: event.render('en'),
      closed,
    });
  }
  byYear.set(year, marks);
  return marks;
}

/** Holidays from `from` to `to` inclusive, in date order; a closed day's mark comes first on its date. */
export function holidaysBetween(from: IsoDate, to: IsoDate): HolidayMark[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError('Expected ISO calendar dates');
  const result: HolidayMark[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const mark of marksOfYear(year)) if (mark.date >= from && mark.date <= to) result.push(mark);
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || Number(b.closed) - Number(a.closed));
}

/** Why workshops do not meet on this date, or null on an ordinary day. */
export function closedReason(date: IsoDate): HolidayMark | null {
  return holidaysBetween(date, date).find((mark) => mark.closed) ?? null;
}

/** 0 = Sunday … 6 = Saturday, for an ISO date (UTC arithmetic, so no time zone moves it). */
export function weekdayOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError('Expected an ISO calendar date');
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Friday and Saturday: the centre works Sunday to Thursday. */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 5;
}

export interface ScheduleRequest {
  /** 0 = Sunday … 4 = Thursday. */
  weekday: number;
  startTime: string;
  endTime: string;
  count: number;
  fromDate: IsoDate;
}

export interface ScheduleResult {
  dates: IsoDate[];
  skipped: HolidayMark[];
}

function invalid(path: string, message: string): never {
  throw new AppError('invalid_input', message, [{ path, message }]);
}

/**
 * What is wrong with a session's times, if anything: not HH:mm, or an end not after the start.
 * Shared by the server's check and the forms' check, so both name the same field and reason.
 */
export function timesProblem(startTime: string, endTime: string): { path: string; message: string } | null {
  if (!TIME_OF_DAY.test(startTime)) return { path: 'startTime', message: 'validation.time_of_day' };
  if (!TIME_OF_DAY.test(endTime)) return { path: 'endTime', message: 'validation.time_of_day' };
  if (endTime <= startTime) return { path: 'endTime', message: 'errors.workshops.end_before_start' };
  return null;
}

/** Refuses times that are not HH:mm or that end before they start. */
export function assertTimes(startTime: string, endTime: string): void {
  const problem = timesProblem(startTime, endTime);
  if (problem) invalid(problem.path, problem.message);
}

/**
 * "Every Tuesday 09:00–13:00, 6 sessions from 03/03/2026": the first such weekday on or after
 * the start date, then weekly, passing over closed days (each reported with its name) until
 * `count` dates are laid. A Friday or Saturday schedule is refused, not shifted: the
 * coordinator meant some day, and guessing which would put people in the wrong room.
 */
export function generateSchedule(request: ScheduleRequest): ScheduleResult {
  const { weekday, count, fromDate } = request;
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) invalid('weekday', 'validation.invalid_value');
  if (weekday >= 5) invalid('weekday', 'errors.workshops.weekend_day');
  if (!isIsoDate(fromDate)) invalid('fromDate', 'validation.iso_date');
  if (!Number.isInteger(count) || count < 1 || count > MAX_SESSIONS_PER_SCHEDULE)
    invalid('count', 'validation.invalid_value');
  assertTimes(request.startTime, request.endTime);
  const dates: IsoDate[] = [];
  const skipped: HolidayMark[] = [];
  let date = addDays(fromDate, (weekday - weekdayOf(fromDate) + 7) % 7);
  while (dates.length < count) {
    const reason = closedReason(date);
    if (reason) skipped.push(reason);
    else dates.push(date);
    date = addDays(date, 7);
  }
  return { dates, skipped };
}

export interface TimedSession {
  id: number;
  date: IsoDate;
  startTime: string | null;
  endTime: string | null;
  status: 'scheduled' | 'cancelled';
}

/** CRF-1 sessionNo: order by date (then time) among the sessions not cancelled; cancelled ones get null. */
export function numberSessions<S extends TimedSession>(sessions: readonly S[]): (S & { number: number | null })[] {
  const ordered = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id - b.id,
  );
  let n = 0;
  return ordered.map((session) => ({ ...session, number: session.status === 'cancelled' ? null : ++n }));
}

/** Two sessions on one day overlap when their times do; a session without times takes the whole day. */
export function overlaps(
  a: { date: IsoDate; startTime: string | null; endTime: string | null },
  b: { date: IsoDate; startTime: string | null; endTime: string | null },
): boolean {
  if (a.date !== b.date) return false;
  if (!a.startTime || !a.endTime || !b.startTime || !b.endTime) return true;
  return a.startTime < b.endTime && b.startTime < a.endTime;
}
