/**
 * The people and placements §5 counts, prepared once per period end: who is enrolled, who is
 * active, their programme placements, first and current placement, and last contact. The
 * selection applies §7's "which records a bundle holds" to whatever it is given, so the
 * dashboards (fed straight from the store) and the central office (fed from a bundle's CSVs)
 * compute the same figures from the same people.
 */
import type { IsoDate } from '../dates';
import { compareCodePoints } from './dates';
import type { CentreRecords, ParticipantRecord, PlacementRecord } from './records';

export interface Person {
  record: ParticipantRecord;
  pid: string;
  enrolmentDate: IsoDate;
  active: boolean;
  /** Programme placements (§5: enrolmentDate ≤ startDate ≤ E). */
  placements: readonly PlacementRecord[];
  /** The earliest programme placement; ties by the smallest placementId in code-point order. */
  first: PlacementRecord | null;
  /** Of the placements covering E, the latest start; ties by the largest placementId. */
  current: PlacementRecord | null;
  /** The later of the enrolment date and the latest ATTENDED meeting ≤ E, held by anyone (§7). */
  lastContact: IsoDate;
}

/** True when the placement covers day D: started by D and not ended before it. */
export function covers(p: PlacementRecord, day: IsoDate): boolean {
  return p.startDate <= day && (p.endDate === null || p.endDate >= day);
}

function isEarlier(a: PlacementRecord, b: PlacementRecord): boolean {
  return (
    a.startDate < b.startDate || (a.startDate === b.startDate && compareCodePoints(a.placementId, b.placementId) < 0)
  );
}

/** Most people have no placement: they share this list instead of an empty one each. */
const NO_PLACEMENTS: readonly PlacementRecord[] = Object.freeze([]);

export interface Selection {
  periodEnd: IsoDate;
  /** Enrolled by E, in the order given. */
  people: Person[];
  byPid: Map<string, Person>;
}

/** Enrolled participants with their programme placements and last contact at E. */
export function selectPeople(
  records: Pick<CentreRecords, 'participants' | 'placements' | 'meetings'>,
  periodEnd: IsoDate,
): Selection {
  const people: Person[] = [];
  const byPid = new Map<string, Person>();
  for (const record of records.participants) {
    const enrolmentDate = record.enrolmentDate;
    if (enrolmentDate === null || enrolmentDate > periodEnd) continue;
    const person: Person = {
      record,
      pid: record.pid,
      enrolmentDate,
      active: record.exitDate === null || record.exitDate > periodEnd,
      placements: NO_PLACEMENTS,
      first: null,
      current: null,
      lastContact: enrolmentDate,
    };
    people.push(person);
    byPid.set(record.pid, person);
  }
  for (const placement of records.placements) {
    const person = byPid.get(placement.pid);
    if (person === undefined || placement.startDate < person.enrolmentDate || placement.startDate > periodEnd) continue;
    if (person.placements === NO_PLACEMENTS) person.placements = [placement];
    else (person.placements as PlacementRecord[]).push(placement);
    if (person.first === null || isEarlier(placement, person.first)) person.first = placement;
    if (covers(placement, periodEnd) && (person.current === null || isEarlier(person.current, placement))) {
      person.current = placement;
    }
  }
  for (const meeting of records.meetings) {
    if (meeting.status !== 'ATTENDED' || meeting.date > periodEnd) continue;
    const person = byPid.get(meeting.pid);
    if (person !== undefined && meeting.date > person.lastContact) person.lastContact = meeting.date;
  }
  return { periodEnd, people, byPid };
}

/** Employed at D (§5): some programme placement covers D. */
export function employedAt(person: Person, day: IsoDate): boolean {
  return person.placements.some((p) => covers(p, day));
}
