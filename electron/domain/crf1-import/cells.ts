/**
 * Reading one cell of a migration record into a typed value, reporting what is wrong with it
 * against the record's file, row and column. What a cell may hold comes from the column's
 * definition (../crf1/columns, the one the export checks its own cells with): whether it is
 * required, its code list, its bounds. Each reader returns null for an empty cell (or a bad
 * one, once reported), so the validators read like the column list of CRF-1 §3.
 */
import type { Column } from '../crf1/columns';
import { isIsoDate, type IsoDate } from '../dates';
import { fileFormats, type ImportFile } from './format';
import type { ImportErrorReason, IssueList } from './issues';

/** The codes a field of the record being read can hold: `Gender` for PlannedParticipant's `gender`. */
type CodeOf<R, K extends keyof R> = Extract<NonNullable<R[K]>, string>;
type CodeListOf<R, K extends keyof R> = Extract<NonNullable<R[K]>, readonly string[]>;

/** Reads the cells of one row into the fields of R, the planned record (./plan). */
export class CellReader<R = Record<string, unknown>> {
  private readonly columns: ReadonlyMap<string, Column>;

  constructor(
    private readonly issues: IssueList,
    private readonly file: ImportFile,
    private readonly row: number,
    private readonly cells: Readonly<Record<string, string>>,
  ) {
    this.columns = fileFormats[file].columns;
  }

  fail(column: string | null, reason: ImportErrorReason): null {
    this.issues.error(this.file, this.row, column, reason);
    return null;
  }

  private column(name: string): Column {
    const column = this.columns.get(name);
    if (column === undefined) throw new Error(`${this.file} has no column ${name}`);
    return column;
  }

  text(column: string): string | null {
    const value = this.cells[column];
    return value === undefined || value === '' ? null : value;
  }

  /** The cell's text; an empty cell of a required column is reported (its presence was checked with the header). */
  value(column: string): string | null {
    const value = this.text(column);
    return value === null && this.column(column).required ? this.fail(column, 'required') : value;
  }

  date(column: string, today?: IsoDate): IsoDate | null {
    const value = this.value(column);
    if (value === null) return null;
    if (!isIsoDate(value)) return this.fail(column, 'impossible_date');
    if (today !== undefined && value > today) return this.fail(column, 'future_date');
    return value;
  }

  /** One code of the column's list; codes are case-sensitive (CRF-1 §7): 'female' or 'f' is not 'F'. */
  code<K extends keyof R & string>(column: K): CodeOf<R, K> | null {
    const value = this.value(column);
    if (value === null) return null;
    return this.codes(column).includes(value) ? (value as CodeOf<R, K>) : this.fail(column, 'unknown_code');
  }

  /** Codes of the column's list joined by `;` (populationTags), each once. */
  codeList<K extends keyof R & string>(column: K): CodeListOf<R, K> | [] {
    const value = this.value(column);
    if (value === null) return [];
    const parts = value.split(';').map((part) => part.trim());
    const codes = this.codes(column);
    if (parts.some((part) => !codes.includes(part))) {
      this.fail(column, 'unknown_code');
      return [];
    }
    return [...new Set(parts)] as unknown as CodeListOf<R, K>;
  }

  /** A whole number within the column's bounds (a value the export's self-check would refuse is refused here). */
  integer(
    column: string,
    reasons: { notWhole?: ImportErrorReason; outOfRange?: ImportErrorReason } = {},
  ): number | null {
    const value = this.value(column);
    if (value === null) return null;
    if (!/^\d{1,9}$/.test(value)) return this.fail(column, reasons.notWhole ?? 'not_whole_number');
    const n = Number(value);
    const kind = this.column(column).kind;
    const below = kind.type === 'integer' && kind.min !== undefined && n < kind.min;
    const above = kind.type === 'integer' && kind.max !== undefined && n > kind.max;
    return below || above ? this.fail(column, reasons.outOfRange ?? 'out_of_range') : n;
  }

  private codes(column: string): readonly string[] {
    const kind = this.column(column).kind;
    if (kind.type !== 'code' && kind.type !== 'codeList') throw new Error(`${this.file} ${column} holds no codes`);
    return kind.codes;
  }
}
