import { conferenceInvites, conferences } from '../../../../db/schema/conferences';
import { addDays, todayIso, type IsoDate } from '../../../domain/dates';
import type { InviteStatus } from '../../../domain/conferences';
import type { StoreRuntime } from '../../store/runtime';
import { CONFERENCE_LOCATION } from '../demo-data';
import type { Rng } from '../prng';
import { tableInserter } from '../table-insert';
import {
  conferenceBefore,
  demoConferenceDates,
  eventTime,
  type DemoConference,
  type Journey,
} from './participants/journey';

export type InviteValues = Omit<typeof conferenceInvites.$inferInsert, 'id' | 'participantId'>;

/** Exposure conferences every second Tuesday, three years back to three weeks ahead. */
export function addDemoConferences(runtime: StoreRuntime, now: Date): void {
  const insert = tableInserter(runtime.sqlite(), conferences, ['id']);
  const at = now.toISOString();
  for (const date of demoConferenceDates(todayIso(now))) {
    const announced = eventTime(date, 8);
    insert({
      date,
      startTime: '10:00',
      location: CONFERENCE_LOCATION,
      capacity: 40,
      createdAt: announced < at ? announced : at,
    });
  }
}

/** Sorted by date, as the journeys pick from them. */
export function demoConferences(runtime: StoreRuntime): DemoConference[] {
  return runtime.sqlite().prepare('SELECT id, date FROM conferences ORDER BY date, id').all() as DemoConference[];
}

const UPCOMING_ANSWERS: readonly (readonly [InviteStatus, number])[] = [
  ['invited', 2],
  ['confirmed', 3],
  ['declined', 1],
];

export interface InviteFacts {
  today: IsoDate;
  conferences: readonly DemoConference[];
  journey: Journey;
  /** Eligible on the routing call but not invited (yet). */
  eligibleWaiting: boolean;
  /** Caps a date's fixed hour at the demo's "now". */
  stamp(date: IsoDate, hour: number): string;
}

/** The person's invitation to their conference, or a missed earlier one for some who wait. */
export function demoInvites(
  rng: Rng,
  { today, conferences: list, journey, eligibleWaiting, stamp }: InviteFacts,
): InviteValues[] {
  const conference = journey.conference;
  if (conference && journey.invited) {
    const upcoming = conference.date > today;
    const reminded = addDays(conference.date, -3) <= today ? stamp(addDays(conference.date, -3), 10) : null;
    return [
      {
        conferenceId: conference.id,
        status: upcoming ? rng.weighted(UPCOMING_ANSWERS) : 'attended',
        invitedAt: stamp(journey.invited, 11),
        remindedAt: reminded,
        respondedAt: upcoming && !reminded ? null : reminded,
      },
    ];
  }
  if (eligibleWaiting && rng.chance(0.4)) {
    // Invited once before and did not come: the navigator will offer the next conference.
    const missed = conferenceBefore(list, addDays(today, -1));
    if (missed && journey.screened && missed.date > journey.screened) {
      const status: InviteStatus = rng.pick(['no_show', 'declined'] as const);
      return [
        {
          conferenceId: missed.id,
          status,
          invitedAt: stamp(journey.screened, 11),
          remindedAt: stamp(addDays(missed.date, -3), 10),
          respondedAt: null,
        },
      ];
    }
  }
  return [];
}

export function inviteWriter(runtime: StoreRuntime): (participantId: number, invites: readonly InviteValues[]) => void {
  const insert = tableInserter(runtime.sqlite(), conferenceInvites, ['id']);
  return (participantId, invites) => {
    for (const invite of invites) insert({ participantId, ...invite });
  };
}
