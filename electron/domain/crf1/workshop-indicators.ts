/**
 * §5 workshops rows with §7's clarifications: only enrolled participants' enrolments and
 * attendance count; course completion needs attended rows ≥ 75% of all the instance's sessions
 * (in integers: 4·attended ≥ 3·sessions) and the last session on or before E; drop-in types
 * count distinct attendees per instance and have no completion or rate.
 */
import { isAttended, isDropInWorkshopType, workshopTypes, type WorkshopType } from '../codes';
import type { IsoDate } from '../dates';
import { share } from './exact';
import type { WorkshopIndicator } from './indicator-types';
import type { CentreRecords } from './records';
import type { Tally } from './tally';

interface Instance {
  type: WorkshopType;
  sessionDates: Map<number, IsoDate>;
  lastSession: IsoDate;
  sessionsByE: number;
  enrolled: Set<string>;
  /** Attended rows by pid (course types), kept per instance rather than under a joined key per row. */
  attended: Map<string, number>;
}

function countedInstances(records: CentreRecords, periodEnd: IsoDate): Map<string, Instance> {
  const instances = new Map<string, Instance>();
  const types = new Map(records.workshops.map((w) => [w.workshopId, w.type]));
  for (const s of records.sessions) {
    const type = types.get(s.workshopId);
    if (type === undefined) continue;
    let instance = instances.get(s.workshopId);
    if (instance === undefined) {
      instance = {
        type,
        sessionDates: new Map(),
        lastSession: s.date,
        sessionsByE: 0,
        enrolled: new Set(),
        attended: new Map(),
      };
      instances.set(s.workshopId, instance);
    }
    instance.sessionDates.set(s.sessionNo, s.date);
    if (s.date > instance.lastSession) instance.lastSession = s.date;
    if (s.date <= periodEnd) instance.sessionsByE += 1;
  }
  // An instance counts only when at least one of its sessions is dated on or before E.
  for (const [id, instance] of instances) if (instance.sessionsByE === 0) instances.delete(id);
  return instances;
}

/** Looked up per attendance row rather than built for each (half a million rows at programme scale). */
const ATTENDANCES_PATH = Object.fromEntries(workshopTypes.map((t) => [t, `workshops.${t}.attendances`])) as Record<
  WorkshopType,
  string
>;

/** Rows for every type with a counted instance, in §4 order. `enrolledPids` = enrolled by E. */
export function workshopIndicators(
  records: CentreRecords,
  periodEnd: IsoDate,
  enrolledPids: ReadonlySet<string>,
  tally: Tally,
): WorkshopIndicator[] {
  const instances = countedInstances(records, periodEnd);
  for (const e of records.enrolments) {
    const instance = instances.get(e.workshopId);
    if (instance !== undefined && !isDropInWorkshopType(instance.type) && enrolledPids.has(e.pid)) {
      instance.enrolled.add(e.pid);
    }
  }
  // Attended rows per enrolment (course types) and distinct attendees per instance (drop-in).
  const dropInAttendees = new Map<string, Set<string>>();
  const attendedRows = new Map<WorkshopType, number>();
  for (const a of records.attendance) {
    const instance = instances.get(a.workshopId);
    const date = instance?.sessionDates.get(a.sessionNo);
    if (instance === undefined || date === undefined || date > periodEnd) continue;
    if (!enrolledPids.has(a.pid) || !isAttended(a.status)) continue;
    tally.add(ATTENDANCES_PATH[instance.type], a.pid);
    attendedRows.set(instance.type, (attendedRows.get(instance.type) ?? 0) + 1);
    if (isDropInWorkshopType(instance.type)) {
      const seen = dropInAttendees.get(a.workshopId) ?? new Set<string>();
      dropInAttendees.set(a.workshopId, seen);
      if (!seen.has(a.pid)) tally.add(`workshops.${instance.type}.enrolled`, a.pid);
      seen.add(a.pid);
    } else {
      instance.attended.set(a.pid, (instance.attended.get(a.pid) ?? 0) + 1);
    }
  }

  const rows = new Map<WorkshopType, { instances: number; expected: number }>();
  for (const instance of instances.values()) {
    const row = rows.get(instance.type) ?? { instances: 0, expected: 0 };
    rows.set(instance.type, row);
    row.instances += 1;
    tally.open(`workshops.${instance.type}.enrolled`);
    tally.open(`workshops.${instance.type}.attendances`);
    if (isDropInWorkshopType(instance.type)) continue;
    tally.open(`workshops.${instance.type}.completed`);
    row.expected += instance.enrolled.size * instance.sessionsByE;
    const finished = instance.lastSession <= periodEnd;
    const allSessions = instance.sessionDates.size;
    const enrolledPath = `workshops.${instance.type}.enrolled`;
    const completedPath = `workshops.${instance.type}.completed`;
    for (const pid of instance.enrolled) {
      tally.add(enrolledPath, pid);
      const attended = instance.attended.get(pid) ?? 0;
      if (finished && 4 * attended >= 3 * allSessions) tally.add(completedPath, pid);
    }
  }

  return workshopTypes.flatMap((type) => {
    const row = rows.get(type);
    if (row === undefined) return [];
    const dropIn = isDropInWorkshopType(type);
    return [
      {
        type,
        instances: row.instances,
        enrolled: tally.count(`workshops.${type}.enrolled`),
        completed: dropIn ? null : tally.count(`workshops.${type}.completed`),
        attendances: tally.count(`workshops.${type}.attendances`),
        attendanceRate: dropIn ? null : share(attendedRows.get(type) ?? 0, row.expected),
      },
    ];
  });
}
