/** Small record builders for the CRF-1 indicator tests: every field defaults to "unknown". */
import {
  emptyRecords,
  type AttendanceRecord,
  type CentreRecords,
  type MeetingRecord,
  type ParticipantRecord,
  type PlacementRecord,
} from '../../../../electron/domain/crf1/records';

export function person(
  pid: string,
  enrolmentDate: string | null,
  extra: Partial<ParticipantRecord> = {},
): ParticipantRecord {
  return {
    pid,
    gender: null,
    birthDate: null,
    enrolmentDate,
    exitDate: null,
    exitReason: null,
    coach: null,
    trafficLight: null,
    populationTags: [],
    recruitmentSource: null,
    track: null,
    previousOccupation: null,
    yearsExperience: null,
    city: null,
    ...extra,
  };
}

export function job(
  pid: string,
  placementId: string,
  startDate: string,
  extra: Partial<PlacementRecord> = {},
): PlacementRecord {
  return {
    pid,
    placementId,
    startDate,
    endDate: null,
    employmentType: null,
    jobScopePct: null,
    monthlySalaryNis: null,
    occupationCode: null,
    foundBy: null,
    ...extra,
  };
}

let meetingSeq = 0;
export function meeting(
  pid: string,
  date: string,
  coach: string | null,
  status: MeetingRecord['status'] = 'ATTENDED',
): MeetingRecord {
  meetingSeq += 1;
  return { pid, meetingId: `m${meetingSeq}`, date, coach, mode: 'IN_PERSON', status };
}

export function mark(
  workshopId: string,
  sessionNo: number,
  pid: string,
  status: AttendanceRecord['status'] = 'PRESENT',
): AttendanceRecord {
  return { workshopId, sessionNo, pid, status };
}

export function records(partial: Partial<CentreRecords>): CentreRecords {
  return { ...emptyRecords(), ...partial };
}
