/**
 * What a CRF-1 migration bundle holds, as the import reads it (CRF-1 §3 with the identified
 * columns, §7 "Reading a migration bundle"). Only the columns the import takes are listed; an
 * export-only column (birthYear, ageAtPeriodEnd, formerPid) in a migration bundle is reported
 * like any other unknown column: a warning, not imported.
 */
export const importFiles = [
  'participants.csv',
  'placements.csv',
  'meetings.csv',
  'workshops.csv',
  'sessions.csv',
  'enrolments.csv',
  'attendance.csv',
] as const;
export type ImportFile = (typeof importFiles)[number];

export interface FileFormat {
  /** Every column the import reads, in the order of §3. */
  columns: readonly string[];
  /**
   * Columns that must be in the header: the keys, and the columns §7 names as required
   * (their cells must hold a value, except participants.enrolmentDate, which may be empty
   * for people not yet enrolled).
   */
  requiredColumns: readonly string[];
  /** Columns whose every cell must hold a value. */
  requiredValues: readonly string[];
}

export const fileFormats: Record<ImportFile, FileFormat> = {
  'participants.csv': {
    columns: [
      'pid',
      'nationalId',
      'firstName',
      'lastName',
      'phone',
      'email',
      'gender',
      'birthDate',
      'city',
      'recruitmentSource',
      'track',
      'enrolmentDate',
      'exitDate',
      'exitReason',
      'coach',
      'trafficLight',
      'populationTags',
      'previousOccupation',
      'yearsExperience',
    ],
    // A record without a name cannot be worked with in the app, so the names are required too.
    requiredColumns: ['pid', 'firstName', 'lastName', 'enrolmentDate'],
    requiredValues: ['pid', 'firstName', 'lastName'],
  },
  'placements.csv': {
    columns: [
      'pid',
      'placementId',
      'startDate',
      'endDate',
      'employmentType',
      'jobScopePct',
      'monthlySalaryNis',
      'occupationCode',
      'employer',
      'foundBy',
    ],
    requiredColumns: ['pid', 'placementId', 'startDate'],
    requiredValues: ['pid', 'placementId', 'startDate'],
  },
  'meetings.csv': {
    columns: ['pid', 'meetingId', 'date', 'coach', 'mode', 'status'],
    requiredColumns: ['pid', 'meetingId', 'date', 'status'],
    requiredValues: ['pid', 'meetingId', 'date', 'status'],
  },
  'workshops.csv': {
    columns: ['workshopId', 'type', 'title', 'facilitator'],
    requiredColumns: ['workshopId', 'type'],
    requiredValues: ['workshopId', 'type'],
  },
  'sessions.csv': {
    columns: ['workshopId', 'sessionNo', 'date'],
    requiredColumns: ['workshopId', 'sessionNo', 'date'],
    requiredValues: ['workshopId', 'sessionNo', 'date'],
  },
  'enrolments.csv': {
    columns: ['workshopId', 'pid'],
    requiredColumns: ['workshopId', 'pid'],
    requiredValues: ['workshopId', 'pid'],
  },
  'attendance.csv': {
    columns: ['workshopId', 'sessionNo', 'pid', 'status'],
    requiredColumns: ['workshopId', 'sessionNo', 'pid', 'status'],
    requiredValues: ['workshopId', 'sessionNo', 'pid', 'status'],
  },
};

/** A parsed table: cells by column name, spaces-only cells already empty (''). */
export interface ImportTable {
  /** Data records in file order; `row` is the spreadsheet row (the header is row 1). */
  records: { row: number; cells: Readonly<Record<string, string>> }[];
}
