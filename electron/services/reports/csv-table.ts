/**
 * The bytes of a CRF-1 CSV file (§3): UTF-8 with a byte-order mark, comma, `\r\n` after every
 * record, and a field quoted (quotes doubled) when it holds a comma, a quote, a CR or an LF.
 *
 * The writer is written out because it sits on the export's hot path: at 50,000 participants
 * csv-stringify spent 6 s of CPU on half a million meeting rows, most of it option handling per
 * field. The dialect is small enough to state in one function, and a property test holds it to
 * csv-stringify's bytes. Reading stays with csv-parse: there the library's checks of malformed
 * text are what we want.
 */
import { parse } from 'csv-parse/sync';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\uFEFF';
/** Strings are turned into bytes in slices of about this many characters, not one at the end. */
const SLICE = 64 * 1024;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: readonly string[]): string {
  let text = '';
  for (let i = 0; i < cells.length; i++) text += (i === 0 ? '' : ',') + field(cells[i]!);
  return `${text}\r\n`;
}

/**
 * One file's bytes: the header, then one record per row, each row's cells given by `cellsOf`
 * (so the caller never builds a second copy of a large table as arrays of strings).
 */
export function writeCsvTable<T>(
  header: readonly string[],
  rows: readonly T[],
  cellsOf: (row: T) => readonly string[],
): Buffer {
  const slices: Buffer[] = [];
  let pending = BOM + line(header);
  for (const row of rows) {
    pending += line(cellsOf(row));
    if (pending.length >= SLICE) {
      slices.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  }
  slices.push(Buffer.from(pending, 'utf8'));
  return Buffer.concat(slices);
}

/** A file's header and records as strings, BOM removed. Throws on anything that is not CSV. */
export function readCsvTable(bytes: Buffer): CsvTable {
  const records = parse(bytes, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}
