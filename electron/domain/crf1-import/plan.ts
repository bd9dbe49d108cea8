/** The records of a migration bundle once validated: typed, with codes checked and staff resolved. */
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

export interface PlannedParticipant {
  row: number;
  pid: string;
  nationalId: string | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
  city: string | null;
  recruitmentSource: RecruitmentSource | null;
  track: Track | null;
  enrolmentDate: IsoDate | null;
  exitDate: IsoDate | null;
  exitReason: ExitReason | null;
  coachId: number | null;
  trafficLight: TrafficLight | null;
  populationTags: PopulationTag[];
  /** The older system's text, kept when it did not map to one code (or alongside the code it mapped to). */
  previousOccupation: string | null;
  previousOccupationCode: string | null;
  yearsExperience: number | null;
}

export interface PlannedPlacement {
  row: number;
  pid: string;
  placementId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  employmentType: EmploymentType | null;
  jobScopePct: number | null;
  monthlySalaryNis: number | null;
  occupationCode: string | null;
  occupationText: string | null;
  employer: string | null;
  foundBy: FoundBy | null;
}

export interface PlannedMeeting {
  row: number;
  pid: string;
  meetingId: string;
  date: IsoDate;
  staffId: number | null;
  mode: MeetingMode | null;
  status: MeetingStatus;
}

export interface PlannedWorkshop {
  row: number;
  workshopId: string;
  type: WorkshopType;
  title: string | null;
  facilitator: string | null;
}

export interface PlannedSession {
  workshopId: string;
  sessionNo: number;
  date: IsoDate;
}

export interface PlannedEnrolment {
  workshopId: string;
  pid: string;
}

export interface PlannedAttendance {
  workshopId: string;
  sessionNo: number;
  pid: string;
  status: AttendanceStatus;
}

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
