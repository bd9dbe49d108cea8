/**
 * Every defect a migration bundle can have (CRF-1 §7): each is reported with its file, row and
 * column, and translated through `errors.import.<reason>` (electron/api/messages.*.json).
 */
export const importErrorReasons = [
  'parse_error',
  'missing_file',
  'missing_column',
  'required',
  'id_check_digit',
  'duplicate_national_id',
  'duplicate_key',
  'unknown_code',
  'impossible_date',
  'future_date',
  'exit_before_enrolment',
  'exit_without_enrolment',
  'exit_reason_required',
  'exit_reason_without_date',
  'end_before_start',
  'unknown_pid',
  'unknown_workshop',
  'unknown_session',
  'job_scope_range',
  'salary_not_whole',
  'not_whole_number',
  'out_of_range',
  'drop_in_enrolment',
  'attendance_without_enrolment',
  'unknown_coach',
  'unknown_occupation_code',
  'invalid_phone',
  'invalid_email',
] as const;
export type ImportErrorReason = (typeof importErrorReasons)[number];

export const importWarningReasons = ['unknown_column', 'unknown_file'] as const;
export type ImportWarningReason = (typeof importWarningReasons)[number];

export interface ImportIssue {
  file: string;
  /** Spreadsheet row (header = 1); null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  reason: ImportErrorReason | ImportWarningReason;
}

/** Stops collecting after this many: a wholly wrong file would otherwise list every cell. */
export const MAX_ISSUES = 500;

export class IssueList {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** How many errors were found beyond MAX_ISSUES. */
  omitted = 0;

  error(file: string, row: number | null, column: string | null, reason: ImportErrorReason): void {
    if (this.errors.length >= MAX_ISSUES) this.omitted += 1;
    else this.errors.push({ file, row, column, reason });
  }

  warn(file: string, row: number | null, column: string | null, reason: ImportWarningReason): void {
    if (this.warnings.length < MAX_ISSUES) this.warnings.push({ file, row, column, reason });
  }
}
