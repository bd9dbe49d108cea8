/**
 * The indicators.json object of CRF-1 §5, typed field for field. A share or rate is null when
 * its denominator is empty; a mean or SD is null for an empty set (§7).
 */
import type { RecruitmentSource, WorkshopType } from '../codes';
import type { IsoDate } from '../dates';

export const ageBands = ['<=44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+'] as const;
export type AgeBand = (typeof ageBands)[number];

export const timeToPlacementBands = ['0-3', '4-6', '7-9', '10-12', '13-18', '19-24', '25+'] as const;
export type TimeToPlacementBand = (typeof timeToPlacementBands)[number];

export const retentionMonths = [6, 12, 15, 24] as const;
export type RetentionMonths = (typeof retentionMonths)[number];

export const tenureMonths = [3, 6, 9, 12, 18, 24] as const;
export type TenureMonths = (typeof tenureMonths)[number];

export const ageGroups = ['<=60', '>60'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export type SourceCode = RecruitmentSource | 'UNKNOWN';

export interface SummaryStats {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface WorkshopIndicator {
  type: WorkshopType;
  instances: number;
  enrolled: number;
  completed: number | null;
  attendances: number;
  attendanceRate: number | null;
}

export interface CoachIndicator {
  coach: string;
  activeCaseload: number;
  meetingsInPeriod: number;
  placementRate: number | null;
  noContact90: number;
}

export interface Indicators {
  format: 'crf';
  version: 1;
  centre: string;
  periodEnd: IsoDate;
  participants: { total: number; active: number };
  placement: { placed: number; rate: number | null };
  age: {
    knownActive: number;
    meanActive: number | null;
    bands: { band: AgeBand; count: number; share: number | null }[];
  };
  timeToFirstPlacement: { band: TimeToPlacementBand; count: number; share: number | null }[];
  retention: {
    months: RetentionMonths;
    eligible: number;
    employed: number;
    employedRate: number | null;
    sameJob: number;
    sameJobRate: number | null;
  }[];
  placementByTenure: { minMonths: TenureMonths; cohort: number; placed: number; rate: number | null }[];
  placementsFoundBy: { total: number; self: number; programme: number; selfShare: number | null };
  currentEmployment: { employed: number; jobScope: SummaryStats; salary: SummaryStats };
  byAgeGroup: {
    group: AgeGroup;
    size: number;
    employed: number;
    employedRate: number | null;
    meanJobScope: number | null;
    meanSalary: number | null;
    meanFteSalary: number | null;
  }[];
  recruitmentSources: { source: SourceCode; count: number }[];
  workshops: WorkshopIndicator[];
  coaches: CoachIndicator[];
  dataCompleteness: {
    birthDate: number | null;
    recruitmentSource: number | null;
    previousOccupation: number | null;
    placementJobScope: number | null;
    placementSalary: number | null;
  };
}

/**
 * The people behind each count, by indicator path ('placement.placed', 'age.bands.45-49',
 * 'retention.6.employed', 'coaches.S03.noContact90', …). A count of people lists each pid once;
 * a count of rows (placements, meetings, enrolments, attendance) lists the pid of each row, so
 * the list's length is always the number shown.
 */
export type IndicatorMembers = Map<string, string[]>;
