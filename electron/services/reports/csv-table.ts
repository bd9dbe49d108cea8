/**
 * The bytes of a CRF-1 CSV file (§3): UTF-8 with a byte-order mark, comma, `\r\n` after every
 * record, and a field quoted (quotes doubled) when it holds a comma, a quote, a CR or an LF.
 *
 * The writer is written out because it sits on the export's hot path: at 50,000 participants
 * csv-stringify spent 6 s of CPU on half a million meeting rows, most of it option handling per
 * field. The dialect is small enough to state in one function, and a property test holds it to
 * csv-stringify's bytes. Reading: text in exactly that dialect is read by hand (readDialect);
 * anything else goes to csv-parse, whose checks of malformed text are what we want.
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

/** One field in the dialect: quoted (quotes doubled) when it holds a comma, a quote, a CR or an LF. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: readonly string[]): string {
  let text = '';
  for (let i = 0; i < cells.length; i++) text += (i === 0 ? '' : ',') + csvField(cells[i]!);
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
  return writeCsvLines(header, rows, (row) => line(cellsOf(row)));
}

/**
 * writeCsvTable with each record's line (csvField for each cell, commas, CRLF) made by
 * `lineOf`: the export's writer makes it straight from a record, with no array of its cells.
 */
export function writeCsvLines<T>(header: readonly string[], rows: readonly T[], lineOf: (row: T) => string): Buffer {
  const slices: Buffer[] = [];
  let pending = BOM + line(header);
  for (const row of rows) {
    pending += lineOf(row);
    if (pending.length >= SLICE) {
      slices.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  }
  slices.push(Buffer.from(pending, 'utf8'));
  return Buffer.concat(slices);
}

/** A field ends at a comma or a line end; a quote or a bare CR/LF there is not our dialect. */
const FIELD_END = /[,\r\n"]/g;

/**
 * The records of text in exactly the §3 dialect as the writer above writes it (every record
 * ended by CRLF, quotes only around a whole field, one width), or null for anything else. It
 * reads in one pass with indexOf/regex jumps: csv-parse spent seconds on an export's half a
 * million meeting rows, and the export parses every file it writes (its self-check). Text it
 * returns null for goes to csv-parse, whose answer (or error) then stands; a property test
 * holds the two to the same records.
 */
export function readDialect(text: string): string[][] | null {
  const records: string[][] = [];
  return forEachDialectRecord(text, (record) => records.push(record)) ? records : null;
}

/**
 * readDialect's records handed to `visit` one by one as they are read, none of them kept: the
 * export's self-check checks each row and keeps only what the indicators need of it. False
 * when the text turns out not to be in the dialect; the records visited until then are what
 * readDialect would have returned before giving up, and the caller starts again from csv-parse.
 */
export function forEachDialectRecord(text: string, visit: (record: string[]) => void): boolean {
  if (text === '') return true;
  const end = text.length;
  let width = -1;
  let row: string[] = [];
  let pos = 0;
  for (;;) {
    let value: string;
    if (text.charCodeAt(pos) === 34) {
      // A quoted field: runs to the quote not doubled; "" inside stands for one quote.
      value = '';
      let from = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return false;
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        pos = quote + 1;
        break;
      }
    } else {
      FIELD_END.lastIndex = pos;
      const found = FIELD_END.exec(text);
      const at = found === null ? end : found.index;
      value = text.slice(pos, at);
      pos = at;
    }
    row.push(value);
    const next = text.charCodeAt(pos);
    if (next === 44) {
      pos += 1;
      continue;
    }
    if (next !== 13 || text.charCodeAt(pos + 1) !== 10) return false;
    pos += 2;
    if (width < 0) width = row.length;
    else if (row.length !== width) return false;
    visit(row);
    row = [];
    if (pos === end) return true;
  }
}

/** A file's header and records as strings, BOM removed. Throws on anything that is not CSV. */
export function readCsvTable(bytes: Buffer): CsvTable {
  const text = bytes.toString('utf8');
  const records =
    readDialect(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) ??
    (parse(bytes, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][]);
  const [header = [], ...rows] = records;
  return { header, rows };
}
