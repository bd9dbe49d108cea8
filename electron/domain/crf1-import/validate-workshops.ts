/** workshops.csv, sessions.csv, enrolments.csv and attendance.csv of a migration bundle (CRF-1 §3, §7). */
import { isDropInWorkshopType, type WorkshopType } from '../codes';
import { CellReader } from './cells';
import type { ImportTable } from './format';
import type { IssueList } from './issues';
import type { PlannedAttendance, PlannedEnrolment, PlannedSession, PlannedWorkshop } from './plan';

export interface WorkshopTables {
  workshops?: ImportTable;
  sessions?: ImportTable;
  enrolments?: ImportTable;
  attendance?: ImportTable;
}

export interface PlannedWorkshopRecords {
  workshops: PlannedWorkshop[];
  sessions: PlannedSession[];
  enrolments: PlannedEnrolment[];
  attendance: PlannedAttendance[];
}

const none: ImportTable = { records: [] };

export function validateWorkshopRecords(
  issues: IssueList,
  tables: WorkshopTables,
  pids: ReadonlySet<string>,
): PlannedWorkshopRecords {
  const types = new Map<string, WorkshopType | null>();
  const workshops: PlannedWorkshop[] = [];
  for (const { row, cells } of (tables.workshops ?? none).records) {
    const cell = new CellReader<PlannedWorkshop>(issues, 'workshops.csv', row, cells);
    const workshopId = cell.value('workshopId');
    if (workshopId !== null && types.has(workshopId)) cell.fail('workshopId', 'duplicate_key');
    const type = cell.code('type');
    if (workshopId !== null && !types.has(workshopId)) types.set(workshopId, type);
    if (workshopId === null || type === null) continue;
    workshops.push({ row, workshopId, type, title: cell.text('title'), facilitator: cell.text('facilitator') });
  }

  const sessionKeys = new Set<string>();
  const sessions: PlannedSession[] = [];
  for (const { row, cells } of (tables.sessions ?? none).records) {
    const cell = new CellReader<PlannedSession>(issues, 'sessions.csv', row, cells);
    const workshopId = cell.value('workshopId');
    if (workshopId !== null && !types.has(workshopId)) cell.fail('workshopId', 'unknown_workshop');
    const sessionNo = cell.integer('sessionNo');
    const date = cell.date('date');
    if (workshopId === null || sessionNo === null) continue;
    const key = `${workshopId}\u0000${sessionNo}`;
    if (sessionKeys.has(key)) cell.fail('sessionNo', 'duplicate_key');
    sessionKeys.add(key);
    if (date !== null) sessions.push({ workshopId, sessionNo, date });
  }

  const enrolled = new Set<string>();
  const enrolments: PlannedEnrolment[] = [];
  for (const { row, cells } of (tables.enrolments ?? none).records) {
    const cell = new CellReader<PlannedEnrolment>(issues, 'enrolments.csv', row, cells);
    const workshopId = cell.value('workshopId');
    const pid = cell.value('pid');
    if (workshopId !== null && !types.has(workshopId)) cell.fail('workshopId', 'unknown_workshop');
    const type = workshopId === null ? null : types.get(workshopId);
    if (type && isDropInWorkshopType(type)) cell.fail('workshopId', 'drop_in_enrolment');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    if (workshopId === null || pid === null) continue;
    const key = `${workshopId}\u0000${pid}`;
    if (enrolled.has(key)) cell.fail('pid', 'duplicate_key');
    enrolled.add(key);
    enrolments.push({ workshopId, pid });
  }

  const marked = new Set<string>();
  const attendance: PlannedAttendance[] = [];
  for (const { row, cells } of (tables.attendance ?? none).records) {
    const cell = new CellReader<PlannedAttendance>(issues, 'attendance.csv', row, cells);
    const workshopId = cell.value('workshopId');
    const sessionNo = cell.integer('sessionNo');
    const pid = cell.value('pid');
    const status = cell.code('status');
    if (workshopId !== null && !types.has(workshopId)) cell.fail('workshopId', 'unknown_workshop');
    else if (workshopId !== null && sessionNo !== null && !sessionKeys.has(`${workshopId}\u0000${sessionNo}`))
      cell.fail('sessionNo', 'unknown_session');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    if (workshopId === null || sessionNo === null || pid === null || status === null) continue;
    const type = types.get(workshopId);
    if (type && !isDropInWorkshopType(type) && pids.has(pid) && !enrolled.has(`${workshopId}\u0000${pid}`))
      cell.fail('pid', 'attendance_without_enrolment');
    const key = `${workshopId}\u0000${sessionNo}\u0000${pid}`;
    if (marked.has(key)) cell.fail('pid', 'duplicate_key');
    marked.add(key);
    attendance.push({ workshopId, sessionNo, pid, status });
  }
  return { workshops, sessions, enrolments, attendance };
}
