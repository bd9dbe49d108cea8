/**
 * Reading one cell of a migration record into a typed value, reporting what is wrong with it
 * against the record's file, row and column. Each reader returns null for an empty cell (or a
 * bad one, once reported), so the validators read like the column list of CRF-1 §3.
 */
import { isIsoDate, type IsoDate } from '../dates';
import type { ImportErrorReason, IssueList } from './issues';

export class CellReader {
  constructor(
    private readonly issues: IssueList,
    private readonly file: string,
    private readonly row: number,
    private readonly cells: Readonly<Record<string, string>>,
  ) {}

  fail(column: string | null, reason: ImportErrorReason): null {
    this.issues.error(this.file, this.row, column, reason);
    return null;
  }

  text(column: string): string | null {
    const value = this.cells[column];
    return value === undefined || value === '' ? null : value;
  }

  /** A required cell; its column's presence was checked with the header. */
  required(column: string): string | null {
    const value = this.text(column);
    return value === null ? this.fail(column, 'required') : value;
  }

  date(column: string, today?: IsoDate): IsoDate | null {
    const value = this.text(column);
    if (value === null) return null;
    if (!isIsoDate(value)) return this.fail(column, 'impossible_date');
    if (today !== undefined && value > today) return this.fail(column, 'future_date');
    return value;
  }

  code<T extends string>(column: string, codes: readonly T[]): T | null {
    const value = this.text(column);
    if (value === null) return null;
    // Codes are case-sensitive (CRF-1 §7): 'female' or 'f' is not 'F'.
    return (codes as readonly string[]).includes(value) ? (value as T) : this.fail(column, 'unknown_code');
  }

  wholeNumber(column: string, reason: ImportErrorReason = 'not_whole_number'): number | null {
    const value = this.text(column);
    if (value === null) return null;
    if (!/^\d{1,9}$/.test(value)) return this.fail(column, reason);
    return Number(value);
  }
}
