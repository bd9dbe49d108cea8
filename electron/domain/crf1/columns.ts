/**
 * The columns of every CRF-1 record table (CRF-1 §1, §3, §4, §7), in their file order: the one
 * definition the export writer, the export's self-validation and the migration importer share.
 *
 * `only`: 'migration' = bold in §3 (identified, never exported); 'export' = † in §3 (computed
 * for the central office, never read on import); absent = in both formats.
 * `required`: the cell must be non-empty when importing (§7 "Required", plus the record keys,
 * plus a person's names: the app cannot work with a nameless record); the column must then be
 * present too. `headerRequired`: the column must be present, though a cell may be empty.
 * `exportRequired`: the export never leaves it empty.
 * `kind` says how a cell is read and checked; the per-format meaning of `pid`, `staff` and
 * `occupation` is spelt out on their kinds below.
 * A column with a value required is also a column that must be present; every other column
 * may be missing from a migration bundle (its cells are then unknown).
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
  tracks,
  trafficLights,
  workshopTypes,
} from '../codes';

export type ColumnKind =
  /** One code of `codes` (§4), case-sensitive. */
  | { type: 'code'; codes: readonly string[] }
  /** Codes of `codes` joined by `;` (populationTags). */
  | { type: 'codeList'; codes: readonly string[] }
  /** YYYY-MM-DD, a real calendar date. */
  | { type: 'date' }
  /** A whole number, optionally bounded (inclusive). */
  | { type: 'integer'; min?: number; max?: number }
  /** A decimal with a dot. */
  | { type: 'decimal' }
  /** Free text (migration) or the centre's own label (workshop title). */
  | { type: 'text' }
  /** A record key: any non-empty string unique in its file (migration) or our own id (export). */
  | { type: 'key' }
  /**
   * A participant reference: migration = the source system's key; export = the pseudonym of
   * §6, 16 lowercase hex characters.
   */
  | { type: 'pid' }
  /** Israeli national ID, up to 9 digits with a valid check digit (migration only). */
  | { type: 'nationalId' }
  /** Migration: the coach's username; export: the staff code S01, S02, … (§6). */
  | { type: 'staff' }
  /**
   * ISCO-08 unit group (4 digits). Export: a code on the list or empty. Migration: a code, or
   * an older system's text mapped by the occupation list (§7).
   */
  | { type: 'occupation' };

export interface Column {
  name: string;
  kind: ColumnKind;
  only?: 'migration' | 'export';
  required?: boolean;
  headerRequired?: boolean;
  exportRequired?: boolean;
  /** Present in the export's header but always empty there (§3: the facilitator). */
  exportEmpty?: boolean;
}

export const crfFileNames = [
  'participants.csv',
  'placements.csv',
  'meetings.csv',
  'workshops.csv',
  'sessions.csv',
  'enrolments.csv',
  'attendance.csv',
] as const;
export type CrfFileName = (typeof crfFileNames)[number];

export type CrfFormat = 'migration' | 'export';

const code = (codes: readonly string[]): ColumnKind => ({ type: 'code', codes });
const DATE: ColumnKind = { type: 'date' };
const TEXT: ColumnKind = { type: 'text' };
const KEY: ColumnKind = { type: 'key' };
const PID: ColumnKind = { type: 'pid' };

export const crfColumns: Readonly<Record<CrfFileName, readonly Column[]>> = {
  'participants.csv': [
    { name: 'pid', kind: PID, required: true, exportRequired: true },
    { name: 'nationalId', kind: { type: 'nationalId' }, only: 'migration' },
    { name: 'firstName', kind: TEXT, only: 'migration', required: true },
    { name: 'lastName', kind: TEXT, only: 'migration', required: true },
    { name: 'phone', kind: TEXT, only: 'migration' },
    { name: 'email', kind: TEXT, only: 'migration' },
    { name: 'gender', kind: code(genders) },
    { name: 'birthDate', kind: DATE, only: 'migration' },
    { name: 'birthYear', kind: { type: 'integer', min: 1900, max: 2999 }, only: 'export' },
    { name: 'ageAtPeriodEnd', kind: { type: 'integer', min: 0, max: 150 }, only: 'export' },
    { name: 'city', kind: TEXT },
    { name: 'recruitmentSource', kind: code(recruitmentSources) },
    { name: 'track', kind: code(tracks) },
    // Empty only for people not yet enrolled (imported as inquiries); never empty in an export.
    { name: 'enrolmentDate', kind: DATE, headerRequired: true, exportRequired: true },
    { name: 'exitDate', kind: DATE },
    { name: 'exitReason', kind: code(exitReasons) },
    { name: 'coach', kind: { type: 'staff' } },
    { name: 'trafficLight', kind: code(trafficLights) },
    { name: 'populationTags', kind: { type: 'codeList', codes: populationTags } },
    { name: 'previousOccupation', kind: { type: 'occupation' } },
    { name: 'yearsExperience', kind: { type: 'integer', min: 0, max: 80 } },
  ],
  'placements.csv': [
    { name: 'pid', kind: PID, required: true, exportRequired: true },
    { name: 'placementId', kind: KEY, required: true, exportRequired: true },
    { name: 'startDate', kind: DATE, required: true, exportRequired: true },
    { name: 'endDate', kind: DATE },
    { name: 'employmentType', kind: code(employmentTypes) },
    { name: 'jobScopePct', kind: { type: 'integer', min: 1, max: 100 } },
    { name: 'monthlySalaryNis', kind: { type: 'integer', min: 0 } },
    { name: 'occupationCode', kind: { type: 'occupation' } },
    { name: 'employer', kind: TEXT, only: 'migration' },
    { name: 'foundBy', kind: code(foundByCodes) },
  ],
  'meetings.csv': [
    { name: 'pid', kind: PID, required: true, exportRequired: true },
    { name: 'meetingId', kind: KEY, required: true, exportRequired: true },
    { name: 'date', kind: DATE, required: true, exportRequired: true },
    { name: 'coach', kind: { type: 'staff' } },
    { name: 'mode', kind: code(meetingModes) },
    { name: 'status', kind: code(meetingStatuses), required: true, exportRequired: true },
  ],
  'workshops.csv': [
    { name: 'workshopId', kind: KEY, required: true, exportRequired: true },
    { name: 'type', kind: code(workshopTypes), required: true, exportRequired: true },
    { name: 'title', kind: TEXT },
    // Free text naming a person: carried by the migration format, always empty in the export (§3).
    { name: 'facilitator', kind: TEXT, exportEmpty: true },
  ],
  'sessions.csv': [
    { name: 'workshopId', kind: KEY, required: true, exportRequired: true },
    { name: 'sessionNo', kind: { type: 'integer', min: 1 }, required: true, exportRequired: true },
    { name: 'date', kind: DATE, required: true, exportRequired: true },
  ],
  'enrolments.csv': [
    { name: 'workshopId', kind: KEY, required: true, exportRequired: true },
    { name: 'pid', kind: PID, required: true, exportRequired: true },
  ],
  'attendance.csv': [
    { name: 'workshopId', kind: KEY, required: true, exportRequired: true },
    { name: 'sessionNo', kind: { type: 'integer', min: 1 }, required: true, exportRequired: true },
    { name: 'pid', kind: PID, required: true, exportRequired: true },
    { name: 'status', kind: code(attendanceStatuses), required: true, exportRequired: true },
  ],
};

/**
 * §7: once a participant exported under a `local:` pid gets a national ID, later exports add
 * this export-only column with the earlier pid. It is appended after the §3 columns (so every
 * other column keeps its position) and only when at least one row of the bundle has a value.
 */
export const formerPidColumn: Column = { name: 'formerPid', kind: PID, only: 'export' };

/** The columns of `file` in `format`, in file order. */
export function columnsFor(file: CrfFileName, format: CrfFormat, options: { formerPid?: boolean } = {}): Column[] {
  const other: CrfFormat = format === 'export' ? 'migration' : 'export';
  const columns = crfColumns[file].filter((c) => c.only !== other);
  if (format === 'export' && file === 'participants.csv' && options.formerPid) columns.push(formerPidColumn);
  return columns;
}

/** The header row of `file` in `format`. */
export function headerFor(file: CrfFileName, format: CrfFormat, options: { formerPid?: boolean } = {}): string[] {
  return columnsFor(file, format, options).map((c) => c.name);
}

/** Export pids: the first 16 lowercase hex characters of an HMAC (§6). */
export const EXPORT_PID = /^[0-9a-f]{16}$/;
/** Export staff codes (§6). */
export const STAFF_CODE = /^S\d{2,}$/;
