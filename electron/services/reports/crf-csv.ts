/**
 * CRF-1 export CSV files (CRF-1 §3): UTF-8 with a byte-order mark, comma, RFC 4180 quoting
 * (a field holding a comma, a quote or a line break is quoted, quotes doubled), a header row,
 * `\r\n` after every record, dates YYYY-MM-DD, empty = unknown. Columns come from
 * domain/crf1/columns.ts. Rows are sorted so the same records always give the same bytes
 * (the order is stated in the README, "CRF-1 export"); strings compare by code point.
 *
 * The reader turns the files back into records, so the export can recompute its indicators
 * from exactly the bytes it is about to write. The bytes themselves: ./csv-table.
 */
import { columnsFor, crfFileNames, type CrfFileName } from '../../domain/crf1/columns';
import { addMonths, ageAt, compareCodePoints } from '../../domain/crf1/dates';
import {
  emptyRecords,
  type AttendanceRecord,
  type CentreRecords,
  type MeetingRecord,
  type ParticipantRecord,
  type PlacementRecord,
  type WorkshopRecord,
} from '../../domain/crf1/records';
import { csvField, readCsvTable, writeCsvLines, type CsvTable } from './csv-table';

type Cell = string | number | null;
type Row = Record<string, Cell>;

function participantRow(p: ParticipantRecord, periodEnd: string, formerPid: string | undefined): Row {
  const knownBirth = p.birthDate !== null && p.birthDate <= periodEnd;
  return {
    ...p,
    birthYear: p.birthDate === null ? null : Number(p.birthDate.slice(0, 4)),
    ageAtPeriodEnd: knownBirth ? ageAt(p.birthDate!, periodEnd) : null,
    populationTags: p.populationTags.length ? p.populationTags.join(';') : null,
    formerPid: formerPid ?? null,
  };
}

/** Two sort keys in code point order (numbers by value), as the README states the order. */
function order(x: string | number, y: string | number): number {
  return typeof x === 'number' && typeof y === 'number' ? x - y : compareCodePoints(String(x), String(y));
}

type Keyed<K extends string> = Record<K, string | number>;

/** A comparator on one to three keys, written out: a sort of half a million rows calls it millions of times. */
function byKeys<K extends string>(k1: K, k2?: K, k3?: K): (a: Keyed<K>, b: Keyed<K>) => number {
  if (k2 === undefined) return (a, b) => order(a[k1], b[k1]);
  if (k3 === undefined)
    return (a, b) => {
      const o = order(a[k1], b[k1]);
      return o !== 0 ? o : order(a[k2], b[k2]);
    };
  return (a, b) => {
    let o = order(a[k1], b[k1]);
    if (o !== 0) return o;
    o = order(a[k2], b[k2]);
    return o !== 0 ? o : order(a[k3], b[k3]);
  };
}

/**
 * `rows` sorted by k1 then by `rest`, as sorting by byKeys(k1, …) does (the keys identify a row,
 * so the order is total and any algorithm gives the same one). Rows are grouped by k1 first:
 * half a million meetings share some 35,000 pids, and comparing pids (32 hex characters each)
 * only between groups instead of in every step of one big sort is what saves the time.
 */
function groupedSort<K extends string, T extends Keyed<K>>(
  rows: readonly T[],
  k1: K,
  rest: (a: T, b: T) => number,
): Row[] {
  const groups = new Map<string | number, T[]>();
  for (const row of rows) {
    const group = groups.get(row[k1]);
    if (group === undefined) groups.set(row[k1], [row]);
    else group.push(row);
  }
  const out: T[] = [];
  for (const key of [...groups.keys()].sort(order)) {
    const group = groups.get(key)!;
    if (group.length > 1) group.sort(rest);
    for (const row of group) out.push(row);
  }
  return out as unknown as Row[];
}

/**
 * Each file's rows, made when asked for: the sort keys the README states. The export asks
 * file by file, so each file can be written (and handed on) before the next one is sorted.
 */
function exportRowsOf(
  records: CentreRecords,
  periodEnd: string,
  formerPids: ReadonlyMap<string, string>,
): Record<CrfFileName, () => Row[]> {
  const r = records;
  const sorted = <T>(rows: readonly T[], compare: (a: T, b: T) => number): Row[] =>
    [...rows].sort(compare) as unknown as Row[];
  return {
    'participants.csv': () =>
      [...r.participants].sort(byKeys('pid')).map((p) => participantRow(p, periodEnd, formerPids.get(p.pid))),
    'placements.csv': () => groupedSort(r.placements, 'pid', byKeys('placementId')),
    'meetings.csv': () => groupedSort(r.meetings, 'pid', byKeys('date', 'meetingId')),
    'workshops.csv': () => [...r.workshops].sort(byKeys('workshopId')).map((w) => ({ ...w, facilitator: null })),
    'sessions.csv': () => sorted(r.sessions, byKeys('workshopId', 'sessionNo')),
    'enrolments.csv': () => sorted(r.enrolments, byKeys('workshopId', 'pid')),
    'attendance.csv': () => sorted(r.attendance, byKeys('workshopId', 'sessionNo', 'pid')),
  };
}

/** The rows of each file in file order: the sort keys the README states. */
export function exportRows(
  records: CentreRecords,
  periodEnd: string,
  formerPids: ReadonlyMap<string, string>,
): Record<CrfFileName, Row[]> {
  const rowsOf = exportRowsOf(records, periodEnd, formerPids);
  return Object.fromEntries(crfFileNames.map((name) => [name, rowsOf[name]()])) as Record<CrfFileName, Row[]>;
}

/** One file's bytes in the §3 dialect. */
export function writeCsv(header: readonly string[], rows: readonly Row[]): Buffer {
  return writeCsvLines(header, rows, (row) => {
    // Each cell written as it is read from the row: half a million meetings, no array of cells
    // for any of them. A number needs no quotes (its text has no comma, quote or line break).
    let text = '';
    for (let i = 0; i < header.length; i++) {
      const value = row[header[i]!];
      const cell =
        value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : csvField(value);
      text += i === 0 ? cell : `,${cell}`;
    }
    return `${text}\r\n`;
  });
}

export interface CsvFile {
  name: CrfFileName;
  bytes: Buffer;
  rows: number;
}

/**
 * Every export file's bytes, keyed by file name in §1 order. `written` is given each file as
 * soon as it is written, before the next one's rows are sorted (the export's self-check starts
 * on it meanwhile).
 */
export function exportCsvFiles(
  records: CentreRecords,
  periodEnd: string,
  formerPids: ReadonlyMap<string, string>,
  written?: (file: CsvFile) => void,
): CsvFile[] {
  const rowsOf = exportRowsOf(records, periodEnd, formerPids);
  return crfFileNames.map((name) => {
    const header = columnsFor(name, 'export', { formerPid: formerPids.size > 0 }).map((c) => c.name);
    const rows = rowsOf[name]();
    const file = { name, bytes: writeCsv(header, rows), rows: rows.length };
    written?.(file);
    return file;
  });
}

/** A file's header and records as strings, BOM removed. Throws on anything that is not CSV. */
export function readCsv(bytes: Buffer): CsvTable {
  return readCsvTable(bytes);
}

/** Every CSV of a bundle parsed once, by file name (a missing file reads as empty). */
export function readCsvFiles(files: ReadonlyMap<string, Buffer>): Map<CrfFileName, CsvTable> {
  return new Map(crfFileNames.map((name) => [name, readCsv(files.get(name) ?? Buffer.alloc(0))]));
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);
const intOrNull = (value: string | undefined): number | null => (orNull(value) === null ? null : Number(value));

/**
 * A reader of one table's cells by column name, as if each row were an object keyed by the
 * header (a name the header repeats reads its last column; a name it lacks reads undefined,
 * a short row reads ''), without building that object for every row.
 */
function columnOf(header: readonly string[]) {
  return (name: string): ((cells: string[]) => string | undefined) => {
    const i = header.lastIndexOf(name);
    return i < 0 ? () => undefined : (cells) => cells[i] ?? '';
  };
}

/** The record one CSV row stands for, given the file's header. */
export type RecordReaders = {
  [F in CrfFileName]: (header: readonly string[]) => (cells: string[]) => CentreRecords[RecordsOf<F>][number];
};
type RecordsOf<F extends CrfFileName> = F extends `${infer T}.csv` ? T & keyof CentreRecords : never;

/**
 * Readers of export CSV rows as records, one per file. The export carries no birth date, only
 * ageAtPeriodEnd: the birth date becomes the day that makes exactly that age at E (E minus that
 * many years), which is all §5 asks of it. The export's self-check reads its rows through these
 * as it parses them; recordsFromCsvTables reads parsed tables through them.
 */
export function recordReaders(periodEnd: string): RecordReaders {
  // Many people share an age: the birth date it stands for is worked out once per age.
  const birthDates = new Map<number, string>();
  const birthDateOf = (age: number): string => {
    let date = birthDates.get(age);
    if (date === undefined) birthDates.set(age, (date = addMonths(periodEnd, -12 * age)));
    return date;
  };
  return {
    'participants.csv': (header) => {
      const at = columnOf(header);
      const p = {
        pid: at('pid'),
        gender: at('gender'),
        age: at('ageAtPeriodEnd'),
        enrolmentDate: at('enrolmentDate'),
        exitDate: at('exitDate'),
        exitReason: at('exitReason'),
        coach: at('coach'),
        trafficLight: at('trafficLight'),
        populationTags: at('populationTags'),
        recruitmentSource: at('recruitmentSource'),
        track: at('track'),
        previousOccupation: at('previousOccupation'),
        yearsExperience: at('yearsExperience'),
        city: at('city'),
      };
      return (r) => {
        const age = intOrNull(p.age(r));
        const tags = p.populationTags(r);
        return {
          pid: p.pid(r)!,
          gender: orNull(p.gender(r)),
          birthDate: age === null ? null : birthDateOf(age),
          enrolmentDate: orNull(p.enrolmentDate(r)),
          exitDate: orNull(p.exitDate(r)),
          exitReason: orNull(p.exitReason(r)),
          coach: orNull(p.coach(r)),
          trafficLight: orNull(p.trafficLight(r)),
          populationTags: tags ? tags.split(';') : [],
          recruitmentSource: orNull(p.recruitmentSource(r)),
          track: orNull(p.track(r)),
          previousOccupation: orNull(p.previousOccupation(r)),
          yearsExperience: intOrNull(p.yearsExperience(r)),
          city: orNull(p.city(r)),
        } as ParticipantRecord;
      };
    },
    'placements.csv': (header) => {
      const at = columnOf(header);
      const j = {
        pid: at('pid'),
        placementId: at('placementId'),
        startDate: at('startDate'),
        endDate: at('endDate'),
        employmentType: at('employmentType'),
        jobScopePct: at('jobScopePct'),
        monthlySalaryNis: at('monthlySalaryNis'),
        occupationCode: at('occupationCode'),
        foundBy: at('foundBy'),
      };
      return (r) =>
        ({
          pid: j.pid(r)!,
          placementId: j.placementId(r)!,
          startDate: j.startDate(r)!,
          endDate: orNull(j.endDate(r)),
          employmentType: orNull(j.employmentType(r)),
          jobScopePct: intOrNull(j.jobScopePct(r)),
          monthlySalaryNis: intOrNull(j.monthlySalaryNis(r)),
          occupationCode: orNull(j.occupationCode(r)),
          foundBy: orNull(j.foundBy(r)),
        }) as PlacementRecord;
    },
    'meetings.csv': (header) => {
      const at = columnOf(header);
      const m = {
        pid: at('pid'),
        meetingId: at('meetingId'),
        date: at('date'),
        coach: at('coach'),
        mode: at('mode'),
        status: at('status'),
      };
      return (r) =>
        ({
          pid: m.pid(r)!,
          meetingId: m.meetingId(r)!,
          date: m.date(r)!,
          coach: orNull(m.coach(r)),
          mode: orNull(m.mode(r)),
          status: m.status(r)!,
        }) as MeetingRecord;
    },
    'workshops.csv': (header) => {
      const at = columnOf(header);
      const w = { workshopId: at('workshopId'), type: at('type'), title: at('title'), facilitator: at('facilitator') };
      return (r) =>
        ({
          workshopId: w.workshopId(r)!,
          type: w.type(r)!,
          title: w.title(r) ?? '',
          facilitator: orNull(w.facilitator(r)),
        }) as WorkshopRecord;
    },
    'sessions.csv': (header) => {
      const at = columnOf(header);
      const s = { workshopId: at('workshopId'), sessionNo: at('sessionNo'), date: at('date') };
      return (r) => ({ workshopId: s.workshopId(r)!, sessionNo: Number(s.sessionNo(r)), date: s.date(r)! });
    },
    'enrolments.csv': (header) => {
      const at = columnOf(header);
      const e = { workshopId: at('workshopId'), pid: at('pid') };
      return (r) => ({ workshopId: e.workshopId(r)!, pid: e.pid(r)! });
    },
    'attendance.csv': (header) => {
      const at = columnOf(header);
      const a = { workshopId: at('workshopId'), sessionNo: at('sessionNo'), pid: at('pid'), status: at('status') };
      return (r) =>
        ({
          workshopId: a.workshopId(r)!,
          sessionNo: Number(a.sessionNo(r)),
          pid: a.pid(r)!,
          status: a.status(r)!,
        }) as AttendanceRecord;
    },
  };
}

/** Export CSVs, parsed, back into records (see recordReaders); a missing file reads as empty. */
export function recordsFromCsvTables(tables: ReadonlyMap<string, CsvTable>, periodEnd: string): CentreRecords {
  const readers = recordReaders(periodEnd);
  const records = emptyRecords();
  for (const file of crfFileNames) {
    const table = tables.get(file);
    const read = readers[file](table?.header ?? []) as (cells: string[]) => never;
    (records[recordsKey(file)] as unknown[]) = (table?.rows ?? []).map(read);
  }
  return records;
}

/** The records list a file's rows go to: 'meetings.csv' → 'meetings'. */
export const recordsKey = <F extends CrfFileName>(file: F): RecordsOf<F> => file.slice(0, -4) as RecordsOf<F>;

/** Export CSV bytes back into records (see recordsFromCsvTables). */
export function recordsFromExportCsv(files: ReadonlyMap<string, Buffer>, periodEnd: string): CentreRecords {
  return recordsFromCsvTables(readCsvFiles(files), periodEnd);
}
