/**
 * The plain records CRF-1's indicators are computed from (CRF-1 §3), one type per record table.
 * The export, the dashboards, the migration import and the central consolidation all build
 * these arrays and hand them to one module (./indicators), so every figure the programme sees
 * comes from the same formulas. Only the export's columns appear here: the identifying
 * migration-format columns (names, national ID, phone, e-mail, employer) never reach the
 * indicators. Dates are ISO strings 'YYYY-MM-DD', numbers are numbers, unknown is null.
 */
import type {
  AttendanceStatus,
  EmploymentType,
  ExitReason,
  FoundBy,
  Gender,
  MeetingMode,
  MeetingStatus,
  PopulationTag,
  RecruitmentSource,
  Track,
  TrafficLight,
  WorkshopType,
} from '../codes';
import type { IsoDate } from '../dates';

export interface ParticipantRecord {
  /** The pseudonym in a bundle; the internal participant id (as a string) on the dashboards. */
  pid: string;
  gender: Gender | null;
  birthDate: IsoDate | null;
  /** The intake meeting's date; null for someone not (yet) enrolled, who counts nowhere. */
  enrolmentDate: IsoDate | null;
  exitDate: IsoDate | null;
  exitReason: ExitReason | null;
  /** The coach's staff code (§6, 'S01'), null when no coach is assigned. */
  coach: string | null;
  trafficLight: TrafficLight | null;
  populationTags: PopulationTag[];
  recruitmentSource: RecruitmentSource | null;
  track: Track | null;
  /** An ISCO-08 unit-group code (4 digits), never free text (§7). */
  previousOccupation: string | null;
  yearsExperience: number | null;
  city: string | null;
}

export interface PlacementRecord {
  pid: string;
  placementId: string;
  startDate: IsoDate;
  /** The last day worked; null while the job is ongoing. */
  endDate: IsoDate | null;
  employmentType: EmploymentType | null;
  /** 1–100. */
  jobScopePct: number | null;
  /** Whole shekels a month. */
  monthlySalaryNis: number | null;
  occupationCode: string | null;
  foundBy: FoundBy | null;
}

export interface MeetingRecord {
  pid: string;
  meetingId: string;
  date: IsoDate;
  /** The staff code of whoever held the meeting, any role (§7). */
  coach: string | null;
  mode: MeetingMode | null;
  status: MeetingStatus;
}

export interface WorkshopRecord {
  workshopId: string;
  type: WorkshopType;
  title: string;
  /** Free text in the migration format; always null in the export. */
  facilitator: string | null;
}

export interface SessionRecord {
  workshopId: string;
  /** 1, 2, … within the instance. */
  sessionNo: number;
  date: IsoDate;
}

export interface EnrolmentRecord {
  workshopId: string;
  pid: string;
}

export interface AttendanceRecord {
  workshopId: string;
  sessionNo: number;
  pid: string;
  status: AttendanceStatus;
}

/** One centre's records, as a bundle's seven CSV files hold them. */
export interface CentreRecords {
  participants: ParticipantRecord[];
  placements: PlacementRecord[];
  meetings: MeetingRecord[];
  workshops: WorkshopRecord[];
  sessions: SessionRecord[];
  enrolments: EnrolmentRecord[];
  attendance: AttendanceRecord[];
}

/** No records yet, one empty list per table. */
export function emptyRecords(): CentreRecords {
  return {
    participants: [],
    placements: [],
    meetings: [],
    workshops: [],
    sessions: [],
    enrolments: [],
    attendance: [],
  };
}
