/**
 * Loads a centre's store into CRF-1's plain records (electron/domain/crf1/records) for a
 * period end E, applying CRF-1 §7's selection rules ("Which records a bundle holds"):
 * participants enrolled by E, their placements started by E, their meetings dated by E,
 * workshop instances with a session by E with every session of those instances (later ones
 * too, so completion can see a course is not over), enrolments of the selected participants
 * in those instances, and their attendance at sessions by E. The dashboards and the CRF-1
 * export both read through here, so a dashboard's number is the number the bundle reports.
 *
 * pid is the internal participant id as a string: the dashboards link back to the record with
 * it, and the export replaces it with the §6 pseudonym (`participantIds` maps back, and
 * `nationalIds` carries what the pseudonym is made from). Store values are mapped to CRF-1
 * codes; anything that is not one (an old free-text value) reads as unknown.
 */
import {
  attendanceStatuses,
  employmentTypes,
  exitReasons,
  foundByCodes,
  genders,
  meetingModes,
  meetingStatuses,
  populationTags,
  recruitmentSources,
  trafficLights,
  tracks,
  workshopTypes,
} from '../../domain/codes';
import type { CentreRecords, SessionRecord } from '../../domain/crf1/records';
import type { IsoDate } from '../../domain/dates';
import {
  readCrf1Rows,
  type MeetingSelection,
  type ParticipantRow,
  type PeriodRows,
  type PlacementRow,
} from '../../../db/repositories/crf1-records';
import type { Db } from '../../../db/open';

export interface StoreRecords {
  records: CentreRecords;
  /** pid → internal participant id (the same number, kept so callers never parse strings). */
  participantIds: Map<string, number>;
  /** Internal participant id → national ID (for the export's pseudonyms); absent when unknown. */
  nationalIds: Map<number, string>;
}

function codeOf<T extends string>(codes: readonly T[]): (value: string | null) => T | null {
  const known = new Set<string>(codes);
  return (value) => (value !== null && known.has(value) ? (value as T) : null);
}

const gender = codeOf(genders);
const exitReason = codeOf(exitReasons);
const trafficLight = codeOf(trafficLights);
const source = codeOf(recruitmentSources);
const track = codeOf(tracks);
const employmentType = codeOf(employmentTypes);
const foundBy = codeOf(foundByCodes);
const mode = codeOf(meetingModes);
const meetingStatus = codeOf(meetingStatuses);
const workshopType = codeOf(workshopTypes);
const attendanceStatus = codeOf(attendanceStatuses);
const tag = codeOf(populationTags);
const ISCO_UNIT_GROUP = /^\d{4}$/;
/** The store-value → CRF-1 code readers, shared with the dashboards' own reader (./dashboard-records). */
export const storeCodes = {
  gender,
  exitReason,
  trafficLight,
  source,
  track,
  employmentType,
  foundBy,
  mode,
  meetingStatus,
  workshopType,
  attendanceStatus,
};
/** An ISCO-08 unit-group code or null (§7: never free text). */
export const iscoOrNull = (code: string | null): string | null =>
  code !== null && ISCO_UNIT_GROUP.test(code) ? code : null;

type Tags = CentreRecords['participants'][number]['populationTags'];

/**
 * A handful of tag combinations repeat across tens of thousands of participants: each distinct
 * text is parsed once (bounded, so odd values cannot grow it), every record gets its own copy.
 */
const parsedTags = new Map<string, Tags>();
const MAX_PARSED_TAGS = 1024;

export function tagsOf(json: string | null): Tags {
  if (json === null) return [];
  let tags = parsedTags.get(json);
  if (tags === undefined) {
    tags = parseTags(json);
    if (parsedTags.size < MAX_PARSED_TAGS) parsedTags.set(json, tags);
  }
  return [...tags];
}

function parseTags(json: string): Tags {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((t) => {
      const code = typeof t === 'string' ? tag(t) : null;
      return code === null ? [] : [code];
    });
  } catch {
    return [];
  }
}

type ParticipantRecord = CentreRecords['participants'][number];
type PlacementRecord = CentreRecords['placements'][number];

function participantRecord(p: ParticipantRow): ParticipantRecord {
  return {
    pid: String(p.id),
    gender: gender(p.gender),
    birthDate: p.birthDate,
    enrolmentDate: p.enrolmentDate,
    exitDate: p.exitDate,
    exitReason: exitReason(p.exitReason),
    coach: p.coachCode,
    trafficLight: trafficLight(p.trafficLight),
    populationTags: tagsOf(p.populationTags),
    recruitmentSource: source(p.recruitmentSource),
    track: track(p.track),
    previousOccupation:
      p.previousOccupationCode !== null && ISCO_UNIT_GROUP.test(p.previousOccupationCode)
        ? p.previousOccupationCode
        : null,
    yearsExperience: p.yearsExperience,
    city: p.city,
  };
}

function placementRecord(p: PlacementRow): PlacementRecord {
  return {
    pid: String(p.participantId),
    placementId: String(p.id),
    startDate: p.startDate,
    endDate: p.endDate,
    employmentType: employmentType(p.employmentType),
    jobScopePct: p.jobScopePct,
    monthlySalaryNis: p.monthlySalaryNis,
    occupationCode: p.occupationCode !== null && ISCO_UNIT_GROUP.test(p.occupationCode) ? p.occupationCode : null,
    foundBy: foundBy(p.foundBy),
  };
}

/**
 * The records §7 puts in a bundle for period end E. `coachId` narrows them to one coach's
 * caseload: the coach's own dashboard is the centre's formulas over their participants.
 * `meetingSelection: 'indicators'` reads only the meetings a figure depends on (see readCrf1Rows):
 * the dashboards use it; an export needs 'all'.
 */
export function loadStoreRecords(
  db: Db,
  periodEnd: IsoDate,
  coachId?: number,
  meetingSelection: MeetingSelection = 'all',
): StoreRecords {
  const rows = readCrf1Rows(db, periodEnd, coachId, meetingSelection);
  const participantIds = new Map<string, number>();
  const nationalIds = new Map<number, string>();
  const participants = rows.participants.map((p) => {
    participantIds.set(String(p.id), p.id);
    if (p.nationalId !== null && p.nationalId !== '') nationalIds.set(p.id, p.nationalId);
    return participantRecord(p);
  });
  return {
    records: { participants, placements: rows.placements.map(placementRecord), ...periodRecords(rows) },
    participantIds,
    nationalIds,
  };
}

/** Meetings and workshop rows as records; anything not a CRF-1 code reads as unknown. */
function periodRecords(rows: PeriodRows): Omit<CentreRecords, 'participants' | 'placements'> {
  // A loop, not flatMap: half a million one-element arrays for the collector to clear cost more
  // than the records themselves in an export.
  const meetings: CentreRecords['meetings'] = [];
  for (const m of rows.meetings) {
    const status = meetingStatus(m.state);
    if (status === null) continue;
    meetings.push({
      pid: String(m.participantId),
      meetingId: String(m.id),
      date: m.date,
      coach: m.staffCode,
      mode: mode(m.mode),
      status,
    });
  }
  const workshops = rows.instances.flatMap((i) => {
    const type = workshopType(i.type);
    return type === null ? [] : [{ workshopId: String(i.id), type, title: i.title, facilitator: null }];
  });
  // Session numbers are 1, 2, … in each instance's date order (§3), counting held sessions only.
  const sessions: SessionRecord[] = [];
  const sessionKey = new Map<number, { workshopId: string; sessionNo: number; date: IsoDate }>();
  let previous = -1;
  let sessionNo = 0;
  for (const s of rows.sessions) {
    sessionNo = s.instanceId === previous ? sessionNo + 1 : 1;
    previous = s.instanceId;
    const record = { workshopId: String(s.instanceId), sessionNo, date: s.date };
    sessions.push(record);
    sessionKey.set(s.id, record);
  }
  const enrolments = rows.enrolments.map((e) => ({ workshopId: String(e.instanceId), pid: String(e.participantId) }));
  const attendance = rows.attendance.flatMap((a) => {
    const session = sessionKey.get(a.sessionId);
    const status = attendanceStatus(a.status);
    if (session === undefined || status === null) return [];
    return [{ workshopId: session.workshopId, sessionNo: session.sessionNo, pid: String(a.participantId), status }];
  });
  return { meetings, workshops, sessions, enrolments, attendance };
}
