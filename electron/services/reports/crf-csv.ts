/**
 * CRF-1 export CSV files (CRF-1 §3): UTF-8 with a byte-order mark, comma, RFC 4180 quoting
 * (a field holding a comma, a quote or a line break is quoted, quotes doubled), a header row,
 * `\r\n` after every record, dates YYYY-MM-DD, empty = unknown. Columns come from
 * domain/crf1/columns.ts. Rows are sorted so the same records always give the same bytes
 * (the order is stated in the README, "CRF-1 export"); strings compare by code point.
 *
 * The reader turns the files back into records, so the export can recompute its indicators
 * from exactly the bytes it is about to write.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { columnsFor, crfFileNames, type CrfFileName } from '../../domain/crf1/columns';
import { addMonths, ageAt, compareCodePoints } from '../../domain/crf1/dates';
import type { CentreRecords, ParticipantRecord } from '../../domain/crf1/records';

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

const byCodePoint =
  <T>(...keys: ((row: T) => string | number)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareCodePoints(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };

/** The rows of each file in file order: the sort keys the README states. */
export function exportRows(
  records: CentreRecords,
  periodEnd: string,
  formerPids: ReadonlyMap<string, string>,
): Record<CrfFileName, Row[]> {
  const r = records;
  return {
    'participants.csv': [...r.participants]
      .sort(byCodePoint((p) => p.pid))
      .map((p) => participantRow(p, periodEnd, formerPids.get(p.pid))),
    'placements.csv': [...r.placements].sort(
      byCodePoint(
        (p) => p.pid,
        (p) => p.placementId,
      ),
    ) as unknown as Row[],
    'meetings.csv': [...r.meetings].sort(
      byCodePoint(
        (m) => m.pid,
        (m) => m.date,
        (m) => m.meetingId,
      ),
    ) as unknown as Row[],
    'workshops.csv': [...r.workshops].sort(byCodePoint((w) => w.workshopId)).map((w) => ({ ...w, facilitator: null })),
    'sessions.csv': [...r.sessions].sort(
      byCodePoint(
        (s) => s.workshopId,
        (s) => s.sessionNo,
      ),
    ) as unknown as Row[],
    'enrolments.csv': [...r.enrolments].sort(
      byCodePoint(
        (e) => e.workshopId,
        (e) => e.pid,
      ),
    ) as unknown as Row[],
    'attendance.csv': [...r.attendance].sort(
      byCodePoint(
        (a) => a.workshopId,
        (a) => a.sessionNo,
        (a) => a.pid,
      ),
    ) as unknown as Row[],
  };
}

/** One file's bytes in the §3 dialect. */
export function writeCsv(header: readonly string[], rows: readonly Row[]): Buffer {
  const table = [header, ...rows.map((row) => header.map((name) => cellText(row[name])))];
  return Buffer.from(
    stringify(table, {
      bom: true,
      record_delimiter: '\r\n',
      // csv-stringify quotes a line break only when it is its record delimiter: RFC 4180
      // quotes any CR or LF inside a field.
      quoted_match: /[\r\n]/,
    }),
    'utf8',
  );
}

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Every export file's bytes, keyed by file name in §1 order. */
export function exportCsvFiles(
  records: CentreRecords,
  periodEnd: string,
  formerPids: ReadonlyMap<string, string>,
): { name: CrfFileName; bytes: Buffer; rows: number }[] {
  const rows = exportRows(records, periodEnd, formerPids);
  return crfFileNames.map((name) => {
    const header = columnsFor(name, 'export', { formerPid: formerPids.size > 0 }).map((c) => c.name);
    return { name, bytes: writeCsv(header, rows[name]), rows: rows[name].length };
  });
}

/** A file's header and records as strings, BOM removed. Throws on anything that is not CSV. */
export function readCsv(bytes: Buffer): { header: string[]; rows: string[][] } {
  const table = parse(bytes, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
  const [header = [], ...rows] = table;
  return { header, rows };
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);
const intOrNull = (value: string | undefined): number | null => (orNull(value) === null ? null : Number(value));

function objects(bytes: Buffer): Record<string, string>[] {
  const { header, rows } = readCsv(bytes);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/**
 * Export CSVs back into records. The export carries no birth date, only ageAtPeriodEnd: the
 * birth date becomes the day that makes exactly that age at E (E minus that many years), which
 * is all §5 asks of it.
 */
export function recordsFromExportCsv(files: ReadonlyMap<string, Buffer>, periodEnd: string): CentreRecords {
  const file = (name: CrfFileName) => objects(files.get(name) ?? Buffer.alloc(0));
  return {
    participants: file('participants.csv').map((r) => {
      const age = intOrNull(r.ageAtPeriodEnd);
      return {
        pid: r.pid!,
        gender: orNull(r.gender),
        birthDate: age === null ? null : addMonths(periodEnd, -12 * age),
        enrolmentDate: orNull(r.enrolmentDate),
        exitDate: orNull(r.exitDate),
        exitReason: orNull(r.exitReason),
        coach: orNull(r.coach),
        trafficLight: orNull(r.trafficLight),
        populationTags: r.populationTags ? r.populationTags.split(';') : [],
        recruitmentSource: orNull(r.recruitmentSource),
        track: orNull(r.track),
        previousOccupation: orNull(r.previousOccupation),
        yearsExperience: intOrNull(r.yearsExperience),
        city: orNull(r.city),
      } as ParticipantRecord;
    }),
    placements: file('placements.csv').map((r) => ({
      pid: r.pid!,
      placementId: r.placementId!,
      startDate: r.startDate!,
      endDate: orNull(r.endDate),
      employmentType: orNull(r.employmentType),
      jobScopePct: intOrNull(r.jobScopePct),
      monthlySalaryNis: intOrNull(r.monthlySalaryNis),
      occupationCode: orNull(r.occupationCode),
      foundBy: orNull(r.foundBy),
    })) as CentreRecords['placements'],
    meetings: file('meetings.csv').map((r) => ({
      pid: r.pid!,
      meetingId: r.meetingId!,
      date: r.date!,
      coach: orNull(r.coach),
      mode: orNull(r.mode),
      status: r.status!,
    })) as CentreRecords['meetings'],
    workshops: file('workshops.csv').map((r) => ({
      workshopId: r.workshopId!,
      type: r.type!,
      title: r.title ?? '',
      facilitator: orNull(r.facilitator),
    })) as CentreRecords['workshops'],
    sessions: file('sessions.csv').map((r) => ({
      workshopId: r.workshopId!,
      sessionNo: Number(r.sessionNo),
      date: r.date!,
    })),
    enrolments: file('enrolments.csv').map((r) => ({ workshopId: r.workshopId!, pid: r.pid! })),
    attendance: file('attendance.csv').map((r) => ({
      workshopId: r.workshopId!,
      sessionNo: Number(r.sessionNo),
      pid: r.pid!,
      status: r.status!,
    })) as CentreRecords['attendance'],
  };
}
