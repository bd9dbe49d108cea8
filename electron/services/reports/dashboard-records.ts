/**
 * The dashboards' CRF-1 records at a period end E: the records loadStoreRecords(db, E, coachId,
 * 'indicators') gives — §7's selection, the same order, so the same figures and the same
 * drill-down lists — read through ../../../db/repositories/dashboard-rows, which is shaped for
 * a dashboard at 50,000 participants. Participants and placements do not depend on E: they are
 * read once (loadDashboardBase) and kept by the caller until the store is written; each period
 * end then reads only its meetings and workshop rows and selects from the kept ones.
 */
import type { CentreRecords, ParticipantRecord, PlacementRecord, SessionRecord } from '../../domain/crf1/records';
import type { IsoDate } from '../../domain/dates';
import { readDashboardBase, readDashboardPeriod } from '../../../db/repositories/dashboard-rows';
import type { Db } from '../../../db/open';
import { iscoOrNull, storeCodes as code, tagsOf } from './records-from-store';

export interface DashboardBase {
  /** Every enrolled participant by id, with their coach's id (a caseload's view selects by it). */
  participants: { id: number; coachId: number | null; record: ParticipantRecord }[];
  /** Every placement by id, with its participant's id. */
  placements: { participantId: number; record: PlacementRecord }[];
  /** staff id → staff code. */
  staffCodes: Map<number, string>;
}

/** A staff id's code, or null for no staff member (or one not found). */
function staffCodeIn(codes: Map<number, string>): (id: number | null) => string | null {
  return (id) => (id === null ? null : (codes.get(id) ?? null));
}

export function loadDashboardBase(db: Db): DashboardBase {
  const rows = readDashboardBase(db);
  const staffCode = staffCodeIn(rows.staffCodes);
  return {
    participants: rows.participants.map((p) => ({
      id: p[0],
      coachId: p[6],
      record: {
        pid: String(p[0]),
        gender: code.gender(p[1]),
        birthDate: p[2],
        enrolmentDate: p[3],
        exitDate: p[4],
        exitReason: code.exitReason(p[5]),
        coach: staffCode(p[6]),
        trafficLight: code.trafficLight(p[7]),
        populationTags: tagsOf(p[8]),
        recruitmentSource: code.source(p[9]),
        track: code.track(p[10]),
        previousOccupation: iscoOrNull(p[11]),
        yearsExperience: p[12],
        city: p[13],
      },
    })),
    placements: rows.placements.map((p) => ({
      participantId: p[1],
      record: {
        pid: String(p[1]),
        placementId: String(p[0]),
        startDate: p[2],
        endDate: p[3],
        employmentType: code.employmentType(p[4]),
        jobScopePct: p[5],
        monthlySalaryNis: p[6],
        occupationCode: iscoOrNull(p[7]),
        foundBy: code.foundBy(p[8]),
      },
    })),
    staffCodes: rows.staffCodes,
  };
}

/**
 * The records at E of the centre (coachId undefined) or one coach's caseload. Records are
 * shared between period ends: the indicators only read them.
 */
export function dashboardRecords(
  db: Db,
  base: DashboardBase,
  periodEnd: IsoDate,
  coachId: number | undefined,
): CentreRecords {
  // Selected: enrolled by E (and in the caseload), by id (the rows' participant column) to the
  // record's pid: the records below share that string instead of making one per row, which also
  // spares selectPeople hashing a new string for every meeting it looks up.
  const selected = new Map<number, string>();
  const participants: ParticipantRecord[] = [];
  for (const { id, coachId: coach, record } of base.participants) {
    if (record.enrolmentDate! > periodEnd || (coachId !== undefined && coach !== coachId)) continue;
    selected.set(id, record.pid);
    participants.push(record);
  }
  const placements: PlacementRecord[] = [];
  for (const { participantId, record } of base.placements) {
    if (record.startDate <= periodEnd && selected.has(participantId)) placements.push(record);
  }
  const rows = readDashboardPeriod(db, periodEnd, coachId);
  const staffCode = staffCodeIn(base.staffCodes);

  const meetings: CentreRecords['meetings'] = [];
  for (const [id, participantId, date, staffId, mode, state] of rows.meetings) {
    const status = code.meetingStatus(state);
    const pid = selected.get(participantId);
    if (status === null || pid === undefined) continue;
    meetings.push({
      pid,
      meetingId: String(id),
      date,
      coach: staffCode(staffId),
      mode: code.mode(mode),
      status,
    });
  }
  const workshops = rows.instances.flatMap(([id, type, title]) => {
    const known = code.workshopType(type);
    return known === null ? [] : [{ workshopId: String(id), type: known, title, facilitator: null }];
  });
  // Session numbers are 1, 2, … in each instance's date order (§3), counting held sessions only.
  const sessions: SessionRecord[] = [];
  const sessionKey = new Map<number, SessionRecord>();
  let previous = -1;
  let sessionNo = 0;
  for (const [id, instanceId, date] of rows.sessions) {
    sessionNo = instanceId === previous ? sessionNo + 1 : 1;
    previous = instanceId;
    const record = { workshopId: String(instanceId), sessionNo, date };
    sessions.push(record);
    sessionKey.set(id, record);
  }
  const enrolments: CentreRecords['enrolments'] = [];
  for (const [instanceId, participantId] of rows.enrolments) {
    const pid = selected.get(participantId);
    if (pid !== undefined) enrolments.push({ workshopId: String(instanceId), pid });
  }
  const attendance: CentreRecords['attendance'] = [];
  for (const [sessionId, participantId, state] of rows.attendance) {
    const session = sessionKey.get(sessionId);
    const status = code.attendanceStatus(state);
    const pid = selected.get(participantId);
    if (session === undefined || status === null || pid === undefined) continue;
    attendance.push({
      workshopId: session.workshopId,
      sessionNo: session.sessionNo,
      pid,
      status,
    });
  }
  return { participants, placements, meetings, workshops, sessions, enrolments, attendance };
}
