import { meetings, trafficLightChanges } from '../../../../db/schema/meetings';
import { coachingTools } from '../../../domain/casework';
import { meetingModes, trafficLights, type MeetingMode, type TrafficLight } from '../../../domain/codes';
import { addDays, type IsoDate } from '../../../domain/dates';
import { offWeekend } from '../../../domain/meetings';
import type { StoreRuntime } from '../../store/runtime';
import { weightsFor, type Rng } from '../prng';
import { tableInserter } from '../table-insert';
import { eventTime } from './participants/journey';
import type { DemoPerson } from './participants/person';

type MeetingValues = Omit<typeof meetings.$inferInsert, 'id'>;
type LightValues = Omit<typeof trafficLightChanges.$inferInsert, 'id'>;

const TIMES = ['09:00', '09:30', '10:00', '11:00', '12:30', '13:00', '14:00', '15:30'] as const;
const MODE_WEIGHTS = weightsFor<MeetingMode>(meetingModes, { IN_PERSON: 70, PHONE: 20, VIDEO: 8, EMAIL: 1, SMS: 1 });
const TOPICS = [
  'עדכון קורות חיים',
  'הכנה לראיון עבודה',
  'חיפוש משרות באתרי דרושים',
  'חזון תעסוקתי',
  'חסמים: ניידות ושעות עבודה',
  'מעקב אחר פניות למעסיקים',
  'הרשמה לסדנה',
  'בחינת קורס הכשרה',
  'ציפיות שכר',
  'שימוש בלינקדאין',
] as const;
const NOTES = ['מגיע/ה מוכן/ה ומשתף/ת פעולה', 'נראה/ית מיואש/ת, לחזק', 'ביקש/ה פגישה טלפונית בפעם הבאה'] as const;

export interface MeetingFacts {
  today: IsoDate;
  nowIso: string;
}

/** No demo row is dated after the demo's "now". */
function stamp(date: IsoDate, facts: MeetingFacts): string {
  const at = eventTime(date, 16);
  return at < facts.nowIso ? at : facts.nowIso;
}

/**
 * A person's meeting log, consistent with the record the participants area wrote: attended
 * meetings every two to four weeks from enrolment, the last one on the person's last-contact
 * date (so "last contact" is what the log says), a few no-shows and cancellations, and for
 * active people often a booking ahead. People whose last contact is long ago keep only missed
 * meetings since, so the 90-day flag stays up for them.
 */
export function demoMeetings(rng: Rng, person: DemoPerson['participant'], facts: MeetingFacts): MeetingValues[] {
  const { enrolmentDate, lastContactDate, coachId } = person;
  if (!enrolmentDate || !lastContactDate || coachId === null || coachId === undefined) return [];
  const end = person.exitDate ?? facts.today;
  const out: MeetingValues[] = [];
  const add = (date: IsoDate, state: MeetingValues['state'], extra: Partial<MeetingValues> = {}) => {
    const held = state === 'ATTENDED';
    out.push({
      participantId: 0,
      staffId: coachId,
      date,
      time: rng.pick(TIMES),
      mode: held ? rng.weighted(MODE_WEIGHTS) : 'IN_PERSON',
      state,
      tools: held ? rng.sample(coachingTools, rng.int(1, 3)) : [],
      topics: held ? rng.pick(TOPICS) : null,
      note: held && rng.chance(0.2) ? rng.pick(NOTES) : null,
      tasksOverdueFlag: false,
      createdAt: stamp(addDays(date, -rng.int(7, 21)), facts),
      createdBy: coachId,
      updatedAt: stamp(date, facts),
      ...extra,
    });
  };
  for (let day = offWeekend(addDays(enrolmentDate, rng.int(10, 25))); day < lastContactDate;) {
    add(
      day,
      rng.weighted([
        ['ATTENDED', 85],
        ['NO_SHOW', 8],
        ['CANCELLED', 7],
      ] as const),
    );
    day = offWeekend(addDays(day, rng.int(12, 30)));
  }
  if (lastContactDate > enrolmentDate) add(lastContactDate, 'ATTENDED');
  // Since the last contact: meetings missed, more of them the longer the silence.
  const silence = Math.floor((Date.parse(end) - Date.parse(lastContactDate)) / 86_400_000);
  for (let i = 0; i < Math.min(3, Math.floor(silence / 40)); i += 1) {
    const day = offWeekend(addDays(lastContactDate, 20 + i * 30 + rng.int(0, 10)));
    if (day < end) add(day, rng.chance(0.6) ? 'NO_SHOW' : 'CANCELLED');
  }
  if (person.status === 'active' && rng.chance(0.7)) {
    const day = offWeekend(addDays(facts.today, rng.int(1, 21)));
    add(day, 'BOOKED', {
      mode: 'IN_PERSON',
      tasksOverdueFlag: rng.chance(0.15),
      createdAt: facts.nowIso,
      updatedAt: facts.nowIso,
    });
  }
  return out;
}

/** One to three lights ending on the person's current one: set at enrolment, changed at attended meetings. */
export function demoLights(rng: Rng, person: DemoPerson['participant'], held: readonly MeetingValues[]): LightValues[] {
  const final = person.trafficLight;
  if (!final || !person.enrolmentDate) return [];
  const attended = held.filter((m) => m.state === 'ATTENDED');
  const changes = Math.min(attended.length, rng.int(0, 2));
  const lights: TrafficLight[] = [final];
  while (lights.length < changes + 1) lights.unshift(rng.pick(trafficLights.filter((l) => l !== lights[0])));
  const at = rng.sample(attended, changes).sort((a, b) => (a.date < b.date ? -1 : 1));
  return lights.map((light, index) => {
    const meeting = index === 0 ? null : (at[index - 1] as MeetingValues);
    const date = meeting ? meeting.date : (person.enrolmentDate as IsoDate);
    return {
      participantId: 0,
      date,
      light,
      setBy: person.coachId ?? null,
      meetingId: null,
      createdAt: meeting ? meeting.updatedAt : eventTime(date, 13),
    };
  });
}

/** Writes each enrolled person's meetings and traffic-light history. */
export function meetingWriter(
  runtime: StoreRuntime,
  rng: Rng,
  facts: MeetingFacts,
): (participantId: number, person: DemoPerson) => void {
  const insertMeeting = tableInserter(runtime.sqlite(), meetings, ['id']);
  const insertLight = tableInserter(runtime.sqlite(), trafficLightChanges, ['id']);
  return (participantId, { participant }) => {
    const rows = demoMeetings(rng, participant, facts);
    const ids = new Map<MeetingValues, number>();
    for (const row of rows) ids.set(row, insertMeeting({ ...row, participantId }));
    for (const light of demoLights(rng, participant, rows)) {
      const meeting = rows.find(
        (row) => row.date === light.date && row.state === 'ATTENDED' && light.createdAt === row.updatedAt,
      );
      insertLight({ ...light, participantId, meetingId: meeting ? (ids.get(meeting) ?? null) : null });
    }
  };
}
