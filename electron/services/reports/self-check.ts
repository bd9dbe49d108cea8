/**
 * The export checks itself before anything is written (issue 11, item 2):
 *  1. every CSV against its column list (header, cell kinds, required and empty cells, counts);
 *  2. no identifying value anywhere: every cell of every file, and the JSON files' strings,
 *     against the store's names, national IDs, phones, e-mails, addresses, employers and
 *     staff names;
 *  3. the indicators recomputed from the CSV bytes equal indicators.json.
 * A failure names the file, row and column (never the value) and stops the export.
 * Each CSV is parsed once and the three checks read the same parsed rows. A column whose
 * values repeat (codes, dates, staff codes, small numbers) has each distinct value checked
 * once: both checks are pure functions of the column and the value.
 */
import { AppError, type FieldIssue } from '../../domain/app-error';
import { checkCell, type CellProblem } from '../../domain/crf1/cell-check';
import { columnsFor, crfFileNames, type Column } from '../../domain/crf1/columns';
import { computeIndicators } from '../../domain/crf1/indicators';
import { readCsvFiles, recordsFromCsvTables } from './crf-csv';
import type { CsvTable } from './csv-table';
import type { BuiltBundle } from './bundle';

type Tables = ReadonlyMap<string, CsvTable>;
const EMPTY: CsvTable = { header: [], rows: [] };

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

/** `check` answered once per distinct value of a repeating column, every time for the others. */
function perValue<T>(column: Column, check: (value: string) => T): (value: string) => T {
  if (!REPEATING.has(column.kind.type)) return check;
  const answers = new Map<string, T>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined && !answers.has(value)) answers.set(value, (answer = check(value)));
    return answer as T;
  };
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

/** 1. Column schemas. */
export function checkSchemas(tables: Tables, formerPid: boolean, rowCounts: Map<string, number>): void {
  const issues: FieldIssue[] = [];
  for (const file of crfFileNames) {
    const columns = columnsFor(file, 'export', { formerPid });
    const { header, rows } = tables.get(file) ?? EMPTY;
    if (header.join(',') !== columns.map((c) => c.name).join(',')) {
      issues.push({ path: `${file}:1`, message: 'errors.export.check.header' });
      continue;
    }
    if (rows.length !== rowCounts.get(file)) issues.push({ path: file, message: 'errors.export.check.row_count' });
    const checks = columns.map((column) =>
      perValue<CellProblem | null>(column, (value) => checkCell(column, value, 'export')),
    );
    rows.forEach((cells, r) => {
      columns.forEach((column, c) => {
        const problem = checks[c]!(cells[c] ?? '');
        // Row numbers count the header as row 1, as a spreadsheet shows them.
        if (problem) issues.push({ path: `${file}:${r + 2}:${column.name}`, message: `errors.export.cell.${problem}` });
      });
    });
  }
  if (issues.length) fail('errors.export.check.schema', issues);
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

/** 2. No identifying value in any file. Pids and hashes are hex by schema and skipped. */
export function checkNoIdentifyingValues(
  tables: Tables,
  entries: ReadonlyMap<string, Buffer>,
  formerPid: boolean,
  values: IdentifyingValues,
): void {
  const matches = identifyingMatcher(values);
  const issues: FieldIssue[] = [];
  for (const file of crfFileNames) {
    const columns = columnsFor(file, 'export', { formerPid });
    const { rows } = tables.get(file) ?? EMPTY;
    const checks = columns.map((column) => (column.kind.type === 'pid' ? null : perValue(column, matches)));
    rows.forEach((cells, r) => {
      columns.forEach((column, c) => {
        const check = checks[c];
        if (check && check(cells[c] ?? ''))
          issues.push({ path: `${file}:${r + 2}:${column.name}`, message: 'errors.export.check.identifying' });
      });
    });
  }
  for (const name of ['manifest.json', 'indicators.json']) {
    const parsed: unknown = JSON.parse((entries.get(name) ?? Buffer.from('null')).toString('utf8'));
    const strings = jsonStrings(parsed).filter((s) => !/^[0-9a-f]{16,64}$/.test(s));
    if (strings.some(matches)) issues.push({ path: name, message: 'errors.export.check.identifying' });
  }
  if (issues.length) fail('errors.export.check.identifying', issues);
}

/** 3. The indicators of the CSVs as written equal indicators.json. */
export function checkIndicators(
  tables: Tables,
  entries: ReadonlyMap<string, Buffer>,
  periodEnd: string,
  centreCode: string,
): void {
  const records = recordsFromCsvTables(tables, periodEnd);
  const recomputed = `${JSON.stringify(computeIndicators(records, periodEnd, centreCode), null, 2)}\n`;
  if (recomputed !== entries.get('indicators.json')?.toString('utf8'))
    fail('errors.export.check.indicators', [{ path: 'indicators.json', message: 'errors.export.check.indicators' }]);
}

export function selfCheck(bundle: BuiltBundle, periodEnd: string, centreCode: string, values: IdentifyingValues): void {
  // Parsed once; a file that does not parse stops the export here, as it did in each check.
  const tables = readCsvFiles(bundle.entries);
  const formerPid = (tables.get('participants.csv') ?? EMPTY).header.includes('formerPid');
  const counts = new Map(bundle.manifest.files.map((f) => [f.name, f.rows ?? 0]));
  checkSchemas(tables, formerPid, counts);
  checkNoIdentifyingValues(tables, bundle.entries, formerPid, values);
  checkIndicators(tables, bundle.entries, periodEnd, centreCode);
}
