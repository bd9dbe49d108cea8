/**
 * Calendar dates in the domain are ISO strings 'YYYY-MM-DD' with no time and no zone: a
 * birth date or a meeting day is the same day everywhere. Arithmetic runs in UTC so that a
 * daylight-saving change on the machine can never move a date. Functions taking dates throw
 * a RangeError on malformed input: dates are validated where they enter (forms, imports,
 * the API), so a bad one here is a programming error. The message never contains the value,
 * which may be a birth date.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { z } from 'zod';

dayjs.extend(utc);

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Every date Kesher holds falls in this range; it also keeps clear of the JS Date rule that
// turns years 0–99 into 1900–1999.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  return (
    year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written exactly as 'YYYY-MM-DD' (so not '2026-02-30', not '2026-2-3'). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'validation.iso_date' });

function toDay(date: IsoDate): Dayjs {
  if (!isIsoDate(date)) throw new RangeError('Expected an ISO calendar date (YYYY-MM-DD)');
  return dayjs.utc(date);
}

const fromDay = (day: Dayjs): IsoDate => day.format('YYYY-MM-DD');

function requireInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError('Expected a whole number');
}

/** Today's date on this computer's clock, which is the centre's local day. */
export function todayIso(now: Date = new Date()): IsoDate {
  return dayjs(now).format('YYYY-MM-DD');
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  toDay(a);
  toDay(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** On or before today; false for anything that is not a valid date. */
export function isNotFuture(date: IsoDate, today: IsoDate): boolean {
  return isIsoDate(date) && isIsoDate(today) && date <= today;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  requireInteger(n);
  return fromDay(toDay(date).add(n, 'day'));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to).diff(toDay(from), 'day');
}

/** CRF-1 §5 addMonths: the same day of the month n months later, clamped to the month's last day. */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  requireInteger(n);
  return fromDay(toDay(date).add(n, 'month'));
}

/**
 * CRF-1 §5 completed months: the largest n ≥ 0 with addMonths(from, n) ≤ to. Throws when
 * `to` is before `from`, for which no such n exists.
 */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  const start = toDay(from);
  const end = toDay(to);
  if (end.isBefore(start)) throw new RangeError('The end date is before the start date');
  const calendarMonths = (end.year() - start.year()) * 12 + (end.month() - start.month());
  // Landing in the end month on a later day than the end day means that month is not complete.
  return addMonthsClamped(from, calendarMonths) > to ? calendarMonths - 1 : calendarMonths;
}

/** Age in completed years (29 Feb + 1 year = 28 Feb). Throws when `onDate` is before the birth date. */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  return Math.floor(completedMonths(birthDate, onDate) / 12);
}

/**
 * A person's age on `today`: from the birth date when it is known and not in the future, else
 * the age they told at inquiry plus the whole years since that day; null when neither is known.
 * The caseload's age order (AGE_ORDER_KEY in db/schema/participants.ts) ranks people the same way.
 */
export function currentAge(
  person: { birthDate: IsoDate | null; ageAtInquiry: number | null; inquiredOn: IsoDate },
  today: IsoDate,
): number | null {
  if (person.birthDate !== null && person.birthDate <= today) return ageOn(person.birthDate, today);
  if (person.ageAtInquiry === null) return null;
  return person.ageAtInquiry + (person.inquiredOn <= today ? ageOn(person.inquiredOn, today) : 0);
}

/** 'dd/mm/yyyy' for display. A value that is not an ISO date is shown as it is, never hidden. */
export function formatDisplayDate(iso: IsoDate | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  if (!isIsoDate(iso)) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * Reads a date typed the Israeli way, day first: 'dd/mm/yyyy', also with one-digit day or
 * month and with '.' or '-' between the parts. Null when it is not a real date.
 */
export function parseDisplayDate(text: string): IsoDate | null {
  const match = DISPLAY_DATE.exec(text.replace(INVISIBLE, '').trim());
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? isoOf(year, month, day) : null;
}

/** The Sunday on or before the date: weeks start on Sunday in Israel. */
export function startOfWeekSunday(date: IsoDate): IsoDate {
  const day = toDay(date);
  return fromDay(day.subtract(day.day(), 'day'));
}

/**
 * Sunday to Thursday, minus any holidays the centre lists. Holidays are passed in rather
 * than built in: the Hebrew calendar moves them every year and centres close on different days.
 */
export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate> = new Set()): boolean {
  return toDay(date).day() <= 4 && !holidays.has(date);
}

function stepWorkingDays(date: IsoDate, n: number, direction: 1 | -1, holidays: ReadonlySet<IsoDate>): IsoDate {
  requireInteger(n);
  let current = toDay(date);
  let remaining = Math.abs(n);
  const sign = n < 0 ? -direction : direction;
  while (remaining > 0) {
    current = current.add(sign, 'day');
    if (isWorkingDay(fromDay(current), holidays)) remaining--;
  }
  return fromDay(current);
}

/** The n-th working day after the date (n = 0 returns the date itself, working day or not). */
export function addWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate> = new Set()): IsoDate {
  return stepWorkingDays(date, n, 1, holidays);
}

/** The n-th working day before the date. */
export function subtractWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate> = new Set()): IsoDate {
  return stepWorkingDays(date, n, -1, holidays);
}

/** When to remind invitees and ask them to confirm: three working days before the conference. */
export const REMINDER_WORKING_DAYS_BEFORE_CONFERENCE = 3;

export function reminderDueDate(conferenceDate: IsoDate, holidays: ReadonlySet<IsoDate> = new Set()): IsoDate {
  return subtractWorkingDays(conferenceDate, REMINDER_WORKING_DAYS_BEFORE_CONFERENCE, holidays);
}
