/**
 * The records of a migration bundle once validated: the CRF-1 records (../crf1/records, the
 * ones the export and the indicators read) with what only the migration format carries — the
 * identifying columns, the source row, occupation text — and staff resolved to local ids.
 */
import type {
  AttendanceRecord,
  EnrolmentRecord,
  MeetingRecord,
  ParticipantRecord,
  PlacementRecord,
  SessionRecord,
  WorkshopRecord,
} from '../crf1/records';

interface SourceRow {
  /** The spreadsheet row it came from (header = 1). */
  row: number;
}

export type PlannedParticipant = SourceRow &
  Omit<ParticipantRecord, 'coach' | 'previousOccupation'> & {
    nationalId: string | null;
    firstName: string;
    lastName: string;
    phone: string | null;
    email: string | null;
    coachId: number | null;
    /** The older system's text, kept when it did not map to one code (or alongside the code it mapped to). */
    previousOccupation: string | null;
    previousOccupationCode: string | null;
  };

export type PlannedPlacement = SourceRow &
  PlacementRecord & {
    occupationText: string | null;
    employer: string | null;
  };

export type PlannedMeeting = SourceRow & Omit<MeetingRecord, 'coach'> & { staffId: number | null };

/** An older system without titles leaves `title` empty. */
export type PlannedWorkshop = SourceRow & Omit<WorkshopRecord, 'title'> & { title: string | null };

export type PlannedSession = SessionRecord;
export type PlannedEnrolment = EnrolmentRecord;
export type PlannedAttendance = AttendanceRecord;

/** An occupation kept as text for the coordinator to map (CRF-1 §7). */
export interface UnmappedOccupation {
  file: 'participants.csv' | 'placements.csv';
  row: number;
  /** The record's source key: the pid, or the placementId. */
  key: string;
  text: string;
}

export interface ImportPlan {
  participants: PlannedParticipant[];
  placements: PlannedPlacement[];
  meetings: PlannedMeeting[];
  workshops: PlannedWorkshop[];
  sessions: PlannedSession[];
  enrolments: PlannedEnrolment[];
  attendance: PlannedAttendance[];
  unmappedOccupations: UnmappedOccupation[];
}
