import type { ParticipantStatus } from '../../../../domain/codes';
import { addDays, addMonthsClamped, daysBetween, type IsoDate } from '../../../../domain/dates';
import type { Rng } from '../../prng';

export interface DemoConference {
  id: number;
  date: IsoDate;
}

/** The dates of one person's way through the programme; null for steps not reached. */
export interface Journey {
  inquiry: IsoDate;
  screened: IsoDate | null;
  /** When the coordinator decided a borderline case (used only when there is a decision). */
  decided: IsoDate | null;
  invited: IsoDate | null;
  conference: DemoConference | null;
  /** The conference day, when the person came. */
  attended: IsoDate | null;
  intakeScheduled: IsoDate | null;
  enrolment: IsoDate | null;
  exit: IsoDate | null;
  lastContact: IsoDate | null;
}

/** An ISO instant on a demo date; fixed hours keep the data identical for the same seed. */
export function eventTime(date: IsoDate, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/** A birth date that makes the person exactly `age` on `today`. */
export function randomBirthDate(rng: Rng, today: IsoDate, age: number): IsoDate {
  return addDays(addMonthsClamped(today, -12 * age), -rng.int(1, 360));
}

/** A conference every second Tuesday, from three years back to three weeks ahead. */
export function demoConferenceDates(today: IsoDate): IsoDate[] {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const nextTuesday = addDays(today, ((2 - weekday + 7) % 7) + 1);
  const dates: IsoDate[] = [];
  for (let offset = -80; offset <= 1; offset += 1) dates.push(addDays(nextTuesday, offset * 14));
  return dates;
}

/** The last conference on or before `date`, or null when there is none. */
export function conferenceBefore(list: readonly DemoConference[], date: IsoDate): DemoConference | null {
  let low = 0;
  let high = list.length - 1;
  let found: DemoConference | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid] as DemoConference;
    if (item.date <= date) {
      found = item;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** Routing call, coordinator decision and invitation, working back from the invitation day. */
function beforeConference(rng: Rng, conference: DemoConference, today: IsoDate) {
  const invited = earlier(today, addDays(conference.date, -rng.int(5, 20)));
  const screened = addDays(invited, -rng.int(0, 3));
  return {
    invited,
    screened,
    decided: later(screened, addDays(invited, -1)),
    inquiry: addDays(screened, -rng.int(0, 6)),
  };
}

/**
 * Last contact of an active person: most were seen within the quarter, about a fifth not,
 * so the 90-day flag has something to show.
 */
function lastContactSince(rng: Rng, enrolment: IsoDate, today: IsoDate): IsoDate {
  const daysAgo = rng.weighted([
    [rng.int(0, 45), 60],
    [rng.int(46, 90), 20],
    [rng.int(91, 300), 20],
  ] as const);
  return later(enrolment, addDays(today, -daysAgo));
}

function enrolledJourney(rng: Rng, ctx: JourneyContext, enrolmentTarget: IsoDate) {
  const first = ctx.conferences[0];
  if (!first) throw new Error('the demo centre has no conferences');
  const conference = conferenceBefore(ctx.conferences, addDays(enrolmentTarget, -rng.int(3, 21))) ?? first;
  const enrolment = later(enrolmentTarget, addDays(conference.date, 3));
  return { conference, enrolment, ...beforeConference(rng, conference, ctx.today) };
}

export interface JourneyContext {
  today: IsoDate;
  conferences: readonly DemoConference[];
}

export function journeyDates(rng: Rng, status: ParticipantStatus, ctx: JourneyContext): Journey {
  const { today } = ctx;
  const none = {
    screened: null,
    decided: null,
    invited: null,
    conference: null,
    attended: null,
    intakeScheduled: null,
    enrolment: null,
    exit: null,
    lastContact: null,
  };
  switch (status) {
    case 'inquiry':
      return { ...none, inquiry: addDays(today, -rng.int(0, 14)) };
    case 'screened': {
      const screened = addDays(today, -rng.int(1, 45));
      return {
        ...none,
        inquiry: addDays(screened, -rng.int(0, 4)),
        screened,
        decided: earlier(today, addDays(screened, rng.int(1, 4))),
      };
    }
    case 'invited': {
      const upcoming = ctx.conferences.filter((c) => c.date > today);
      const conference = upcoming.length > 0 ? rng.pick(upcoming) : (ctx.conferences.at(-1) as DemoConference);
      return { ...none, ...beforeConference(rng, conference, today), conference };
    }
    case 'intake': {
      const conference = conferenceBefore(ctx.conferences, addDays(today, -rng.int(0, 30)));
      if (!conference) return journeyDates(rng, 'invited', ctx);
      return {
        ...none,
        ...beforeConference(rng, conference, today),
        conference,
        attended: conference.date,
        intakeScheduled: addDays(today, rng.int(1, 14)),
      };
    }
    case 'active': {
      const j = enrolledJourney(rng, ctx, addDays(today, -rng.int(3, 700)));
      return {
        ...none,
        ...j,
        attended: j.conference.date,
        intakeScheduled: j.enrolment,
        lastContact: lastContactSince(rng, j.enrolment, today),
      };
    }
    case 'exited': {
      const j = enrolledJourney(rng, ctx, addDays(today, -rng.int(90, 1050)));
      const room = Math.max(1, daysBetween(j.enrolment, today) - 1);
      const exit = addDays(j.enrolment, Math.min(room, rng.int(45, 720)));
      return {
        ...none,
        ...j,
        attended: j.conference.date,
        intakeScheduled: j.enrolment,
        exit,
        lastContact: later(j.enrolment, addDays(exit, -rng.int(0, 21))),
      };
    }
  }
}
