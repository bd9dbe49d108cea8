/**
 * The export checks itself before anything is written (issue 11, item 2):
 *  1. every CSV against its column list (header, cell kinds, required and empty cells, counts);
 *  2. no identifying value anywhere: every cell of every file, and the JSON files' strings,
 *     against the store's names, national IDs, phones, e-mails, addresses, employers and
 *     staff names;
 *  3. the indicators recomputed from the CSV bytes equal indicators.json.
 * A failure names the file, row and column (never the value) and stops the export.
 * Each CSV is parsed once, row by row, and each row goes through all three as it is read
 * (selfCheck): its cells are checked against the schema and scanned, and the record the
 * indicators need is made of it, so no file is ever held as a table of strings (at 50,000
 * participants, half a million meeting rows kept alive were most of the export's collector
 * time). A column whose values repeat (codes, dates, staff codes, small numbers) has each
 * distinct value checked once: both checks are pure functions of the column and the value.
 */
import { AppError, type FieldIssue } from '../../domain/app-error';
import { checkCell, type CellProblem } from '../../domain/crf1/cell-check';
import { columnsFor, crfFileNames, type Column, type CrfFileName } from '../../domain/crf1/columns';
import { computeIndicators } from '../../domain/crf1/indicators';
import { emptyRecords } from '../../domain/crf1/records';
import { recordReaders, recordsKey } from './crf-csv';
import { forEachDialectRecord, readCsvTable } from './csv-table';
import type { BuiltBundle } from './bundle';

/** Columns whose values are drawn from a small set (so a cache of answers stays small). */
const REPEATING = new Set<Column['kind']['type']>([
  'code',
  'codeList',
  'date',
  'staff',
  'integer',
  'occupation',
  'text',
]);

/** A cell's value with both checks' answers, and the copy of it the records keep. */
interface Answer {
  problem: CellProblem | null;
  identifying: boolean;
  value: string;
}

export interface IdentifyingValues {
  names: { first: string; last: string }[];
  ids: string[];
  phones: string[];
  emails: string[];
  other: string[];
}

const MAX_REPORTED = 20;

function fail(messageKey: string, issues: FieldIssue[]): never {
  throw new AppError('conflict', messageKey, issues.slice(0, MAX_REPORTED));
}

const digits = (value: string): string => value.replace(/\D/g, '');
const ONLY_DIGITS = /^\d+$/;
const norm = (value: string): string => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A matcher for cells, in time proportional to the cell, not to the store: a whole cell equal
 * to a last name, an address, an employer or a staff name; a run of up to five words equal to
 * someone's full name (either order); an e-mail address; a digit run equal to a national ID or
 * a phone, however it is separated.
 */
export function identifyingMatcher(values: IdentifyingValues): (cell: string) => boolean {
  const exact = new Set<string>();
  const fullNames = new Set<string>();
  for (const { first, last } of values.names) {
    // A first name alone is also a word and a place (אילת is a name and a city): only the
    // last name, or the full name inside a longer text, marks a cell as naming someone.
    if (norm(last).length > 1) exact.add(norm(last));
    fullNames.add(norm(`${first} ${last}`)).add(norm(`${last} ${first}`));
  }
  for (const value of values.other) if (norm(value).length > 1) exact.add(norm(value));
  const emails = new Set(values.emails.map(norm));
  const numbers = new Set<string>();
  for (const id of values.ids) numbers.add(id.replace(/^0+/, ''));
  // A phone as stored (0521234567) and as written abroad (+972 52…): compared without leading zeros.
  for (const phone of values.phones) {
    const d = digits(phone).replace(/^(9720*|0+)/, '');
    if (d.length >= 7) numbers.add(d);
  }
  const isNumber = (d: string): boolean => numbers.has(d.replace(/^0+/, '')) || numbers.has(d.replace(/^9720*/, ''));
  return (cell: string): boolean => {
    if (cell === '') return false;
    // A cell of digits only (an id, a count) is one word with no e-mail in it, and is itself
    // its only digit run: the general path below gives the same answer, slower.
    if (ONLY_DIGITS.test(cell)) return exact.has(cell) || (cell.length >= 7 && isNumber(cell));
    const text = norm(cell);
    if (exact.has(text)) return true;
    const words = text.split(' ');
    for (let i = 0; i < words.length; i++)
      for (let n = 2; n <= 5 && i + n <= words.length; n++)
        if (fullNames.has(words.slice(i, i + n).join(' '))) return true;
    for (const email of text.match(/[a-z0-9_%+][a-z0-9._%+-]*@[a-z0-9.-]+/g) ?? []) if (emails.has(email)) return true;
    for (const run of cell.match(/\+?\d[\d\s-]{5,}\d/g) ?? []) {
      if (isNumber(digits(run))) return true;
    }
    return false;
  };
}

function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) jsonStrings(item, out);
  return out;
}

/** The bundle's JSON files, whose strings are scanned too: wherever the check runs, these go to it. */
export const SCANNED_JSON_FILES = ['manifest.json', 'indicators.json'] as const;

/** The JSON files' strings (pids and hashes aside) scanned as cells are. */
export function jsonIssues(entries: ReadonlyMap<string, Buffer>, matches: (cell: string) => boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const name of SCANNED_JSON_FILES) {
    const parsed: unknown = JSON.parse((entries.get(name) ?? Buffer.from('null')).toString('utf8'));
    const strings = jsonStrings(parsed).filter((s) => !/^[0-9a-f]{16,64}$/.test(s));
    if (strings.some(matches)) issues.push({ path: name, message: 'errors.export.check.identifying' });
  }
  return issues;
}

/** Each record of a CSV file, header first: as readCsvTable reads it, without keeping them. */
function forEachRecord(bytes: Buffer, start: () => (record: string[]) => void): void {
  const text = bytes.toString('utf8');
  if (forEachDialectRecord(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, start())) return;
  // Not our dialect after all: whatever was visited is dropped, csv-parse's reading stands.
  const visit = start();
  const { header, rows } = readCsvTable(bytes);
  if (header.length > 0 || rows.length > 0) visit(header);
  for (const row of rows) visit(row);
}

/** What one pass over one file's rows found, and the records it holds. */
interface FileScan {
  header: boolean | null;
  rows: number;
  cellIssues: FieldIssue[];
  scanIssues: FieldIssue[];
  list: unknown[];
}

/**
 * One pass over one file's rows: the schema issues of its cells row by row, the identifying
 * values found in them (pids are hex by schema and skipped), and the records it holds. Only
 * the first issues are kept (all a failure reports). `pids` is shared by the files: a value
 * that repeats is kept once, the records hold the first copy read, not one per row.
 */
function scanFile(
  file: CrfFileName,
  bytes: Buffer,
  matches: (cell: string) => boolean,
  readers: ReturnType<typeof recordReaders>,
  pids: Map<string, string>,
): FileScan {
  let scan: FileScan = { header: null, rows: 0, cellIssues: [], scanIssues: [], list: [] };
  forEachRecord(bytes, () => {
    const current: FileScan = (scan = { header: null, rows: 0, cellIssues: [], scanIssues: [], list: [] });
    const { cellIssues, scanIssues, list } = current;
    let columns: Column[] = [];
    // Per column whose values repeat (and pids, repeated by every file after participants):
    // its answers by value, one lookup per cell for both checks and the shared copy.
    let answers: (Map<string, Answer> | null)[] = [];
    let read: (cells: string[]) => unknown = () => undefined;
    return (cells) => {
      if (current.header === null) {
        // The formerPid column is there when the header has it (as selfCheck did from the table).
        columns = columnsFor(file, 'export', { formerPid: cells.includes('formerPid') });
        current.header = cells.join(',') === columns.map((c) => c.name).join(',');
        answers = columns.map((column) =>
          column.kind.type === 'pid' || REPEATING.has(column.kind.type) ? new Map() : null,
        );
        read = readers[file](cells);
        return;
      }
      const rows = (current.rows += 1);
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c]!;
        const value = cells[c] ?? '';
        const cache = answers[c] ?? null;
        let problem: CellProblem | null;
        let identifying: boolean;
        if (cache === null) {
          problem = checkCell(column, value, 'export');
          identifying = matches(value);
        } else {
          let answer = cache.get(value);
          if (answer === undefined) {
            // Pids are hex by schema (not scanned), and one string each across the files.
            const pid = column.kind.type === 'pid';
            let first = value;
            if (pid) {
              const kept = pids.get(value);
              if (kept === undefined) pids.set(value, value);
              else first = kept;
            }
            answer = {
              problem: checkCell(column, value, 'export'),
              identifying: !pid && matches(value),
              value: first,
            };
            cache.set(value, answer);
          }
          ({ problem, identifying } = answer);
          if (c < cells.length) cells[c] = answer.value;
        }
        // Row numbers count the header as row 1, as a spreadsheet shows them.
        if (problem && cellIssues.length < MAX_REPORTED)
          cellIssues.push({
            path: `${file}:${rows + 1}:${column.name}`,
            message: `errors.export.cell.${problem}`,
          });
        if (identifying && scanIssues.length < MAX_REPORTED)
          scanIssues.push({
            path: `${file}:${rows + 1}:${column.name}`,
            message: 'errors.export.check.identifying',
          });
      }
      if (current.header) list.push(read(cells));
    };
  });
  return scan;
}

/** Uint8Arrays (as a worker receives Buffers) viewed as Buffers again, without a copy. */
export const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What the checks found in the CSVs alone: all `settleCheck` needs besides the JSON files. */
export interface CsvCheck {
  schema: FieldIssue[];
  identifying: FieldIssue[];
  /** indicators.json as recomputed from the CSVs' records; null once an issue above stops the export. */
  indicators: string | null;
  /** What recomputing them threw: thrown by settleCheck where the indicators' check stands. */
  indicatorsError?: unknown;
}

/**
 * The CSV files' part of the checks, given the files one by one in any order (the export hands
 * each over as it writes it), then finished: one pass over each file, the issues gathered in
 * §1's file order (a wrong header, else a wrong row count, then the cells row by row; then the
 * identifying values), then the indicators of the records read (only when the export can still
 * pass). Needs no manifest or JSON file, so it can run on another thread (self-check-thread.ts).
 * A file not given is checked as an empty one; a file that does not parse throws.
 */
export function csvChecker(matches: (cell: string) => boolean, periodEnd: string, centreCode: string) {
  const readers = recordReaders(periodEnd);
  const pids = new Map<string, string>();
  const scans = new Map<string, { scan: FileScan; rowCount: number | undefined }>();
  const scan = (name: CrfFileName, bytes: Buffer, rowCount: number | undefined) => {
    if (!scans.has(name)) scans.set(name, { scan: scanFile(name, bytes, matches, readers, pids), rowCount });
  };
  return {
    file(name: string, bytes: Buffer, rowCount: number | undefined): void {
      const known = crfFileNames.find((f) => f === name);
      if (known) scan(known, bytes, rowCount);
    },
    finish(): CsvCheck {
      const records = emptyRecords();
      const schema: FieldIssue[] = [];
      const identifying: FieldIssue[] = [];
      const keep = (into: FieldIssue[], issues: readonly FieldIssue[]) => {
        for (const issue of issues) if (into.length < MAX_REPORTED) into.push(issue);
      };
      for (const file of crfFileNames) {
        scan(file, Buffer.alloc(0), undefined);
        const { scan: found, rowCount } = scans.get(file)!;
        (records[recordsKey(file)] as unknown[]) = found.list;
        // A file whose header is wrong is reported once: its cells cannot be told apart.
        if (found.header !== true) {
          keep(schema, [{ path: `${file}:1`, message: 'errors.export.check.header' }]);
        } else {
          if (found.rows !== rowCount) keep(schema, [{ path: file, message: 'errors.export.check.row_count' }]);
          keep(schema, found.cellIssues);
        }
        keep(identifying, found.scanIssues);
      }
      const check: CsvCheck = { schema, identifying, indicators: null };
      if (schema.length || identifying.length) return check;
      try {
        check.indicators = `${JSON.stringify(computeIndicators(records, periodEnd, centreCode), null, 2)}\n`;
      } catch (error) {
        check.indicatorsError = error;
      }
      return check;
    },
  };
}

/** csvChecker given every file of `files` in §1's order. */
export function checkCsvFiles(
  files: ReadonlyMap<string, Buffer>,
  rowCounts: ReadonlyMap<string, number>,
  matches: (cell: string) => boolean,
  periodEnd: string,
  centreCode: string,
): CsvCheck {
  const checker = csvChecker(matches, periodEnd, centreCode);
  for (const file of crfFileNames) checker.file(file, files.get(file) ?? Buffer.alloc(0), rowCounts.get(file));
  return checker.finish();
}

/**
 * The three checks' verdict, in order, each failing with what it found: the CSVs' schemas,
 * then the identifying values (the CSVs, then the JSON files: `json` gives jsonIssues' answer,
 * asked only once the schemas passed), then the indicators recomputed from the CSVs' records.
 */
export function settleCheck(entries: ReadonlyMap<string, Buffer>, check: CsvCheck, json: () => FieldIssue[]): void {
  if (check.schema.length) fail('errors.export.check.schema', check.schema);
  const identifying = [...check.identifying, ...json()];
  if (identifying.length) fail('errors.export.check.identifying', identifying);
  if (check.indicatorsError !== undefined) throw check.indicatorsError;
  if (check.indicators !== entries.get('indicators.json')?.toString('utf8'))
    fail('errors.export.check.indicators', [{ path: 'indicators.json', message: 'errors.export.check.indicators' }]);
}

/** The three checks of a built bundle on this thread. A file that does not parse stops the export here. */
export function selfCheck(
  bundle: Pick<BuiltBundle, 'manifest' | 'entries'>,
  periodEnd: string,
  centreCode: string,
  values: IdentifyingValues,
): void {
  const matches = identifyingMatcher(values);
  const counts = new Map(bundle.manifest.files.map((f) => [f.name, f.rows ?? 0]));
  const check = checkCsvFiles(bundle.entries, counts, matches, periodEnd, centreCode);
  settleCheck(bundle.entries, check, () => jsonIssues(bundle.entries, matches));
}
