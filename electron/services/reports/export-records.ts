/**
 * The store's records at period end E as CRF-1 export records (CRF-1 §3, §6, §7): the
 * selection of §7, pids replaced by pseudonyms, coaches by staff codes, every code column
 * keeping only §4 codes and every occupation only an ISCO-08 code. The records keep the full
 * birth date for the indicators; the CSV writer turns it into birthYear and ageAtPeriodEnd.
 */
import { isDropInWorkshopType, meetingModes, meetingStatuses, type WorkshopType } from '../../domain/codes';
import type { CentreRecords, MeetingRecord } from '../../domain/crf1/records';
import { isOccupationCode } from '../../domain/occupations';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../../db/open';
import { localPids } from '../../../db/repositories/crf-export';
import { forEachMeetingBy, staffCodes } from '../../../db/repositories/crf1-records';
import { loadStoreRecords } from './records-from-store';
import { pseudonym, pseudonymMessage } from './pseudonyms';

export interface ExportRecords {
  records: CentreRecords;
  /** pid → the `local:` pid the same person was exported under before their ID was known. */
  formerPids: Map<string, string>;
  /** People exported under a `local:` pid for the first time: remembered in crf_local_pids. */
  newLocalPids: { participantId: number; pid: string }[];
}

const isco = (code: string | null): string | null => (isOccupationCode(code) ? code : null);

/** The store's connection, as drizzle and as itself (the meetings are read row by row). */
export interface Store {
  db: Db;
  sqlite: Database.Database;
}

/** A code list as a lookup that gives the list's own string (or null for anything else). */
function canonical<T extends string>(codes: readonly T[]): Map<string, T> {
  return new Map(codes.map((code) => [code, code]));
}
const MODES = canonical(meetingModes);
const STATUSES = canonical(meetingStatuses);

/**
 * The meetings of the selected participants as records, pid already the pseudonym: what
 * records-from-store makes of readCrf1Rows' meetings (a state that is not a §4 status drops the
 * meeting, a mode that is not a §4 mode reads as unknown), built straight from each row read.
 * Every record shares its pid, date, coach, mode and status strings with the others: half a
 * million meetings then hold one new string each (the id) for the collector to carry.
 */
function exportMeetings(store: Store, periodEnd: string, pidOf: ReadonlyMap<number, string>): MeetingRecord[] {
  const codes = staffCodes(store.db);
  const dates = new Map<string, string>();
  const meetings: MeetingRecord[] = [];
  forEachMeetingBy(store.sqlite, periodEnd, (id, participantId, date, staffId, mode, state) => {
    const pid = pidOf.get(participantId);
    const status = STATUSES.get(state);
    if (pid === undefined || status === undefined) return;
    let day = dates.get(date);
    if (day === undefined) dates.set(date, (day = date));
    meetings.push({
      pid,
      meetingId: String(id),
      date: day,
      coach: staffId === null ? null : (codes.get(staffId) ?? null),
      mode: MODES.get(mode) ?? null,
      status,
    });
  });
  return meetings;
}

/**
 * The dashboards' records (records-from-store applies §7's selection), with every internal
 * participant id replaced by its pseudonym; the meetings are read here (exportMeetings). On
 * top: an occupation is exported only when it is a code on the ISCO-08 list; an enrolment in a
 * drop-in instance and attendance at a course without an enrolment are left out (a bundle
 * holding them would not import, §7).
 */
export function loadExportRecords(source: Store, periodEnd: string, centreCode: string, key: Buffer): ExportRecords {
  const db = source.db;
  const store = loadStoreRecords(db, periodEnd, undefined, 'none');
  const remembered = localPids(db);
  const pidOf = new Map<string, string>();
  const pidById = new Map<number, string>();
  const formerPids = new Map<string, string>();
  const newLocalPids: ExportRecords['newLocalPids'] = [];
  for (const [internal, id] of store.participantIds) {
    const nationalId = store.nationalIds.get(id) ?? null;
    const pid = pseudonym(key, pseudonymMessage(nationalId, centreCode, id));
    pidOf.set(internal, pid);
    pidById.set(id, pid);
    const earlier = remembered.get(id);
    if (nationalId === null) {
      if (earlier === undefined) newLocalPids.push({ participantId: id, pid });
    } else if (earlier !== undefined && earlier !== pid) {
      formerPids.set(pid, earlier);
    }
  }
  const pid = (internal: string): string => pidOf.get(internal)!;
  const r = store.records;
  const typeOf = new Map<string, WorkshopType>(r.workshops.map((w) => [w.workshopId, w.type]));
  const enrolments = r.enrolments.filter((e) => !isDropInWorkshopType(typeOf.get(e.workshopId)!));
  const enrolled = new Set(enrolments.map((e) => `${e.workshopId}|${e.pid}`));
  return {
    records: {
      participants: r.participants.map((p) => ({
        ...p,
        pid: pid(p.pid),
        previousOccupation: isco(p.previousOccupation),
        city: p.city === null || p.city.trim() === '' ? null : p.city.trim(),
      })),
      placements: r.placements.map((p) => ({ ...p, pid: pid(p.pid), occupationCode: isco(p.occupationCode) })),
      meetings: exportMeetings(source, periodEnd, pidById),
      workshops: r.workshops,
      sessions: r.sessions,
      enrolments: enrolments.map((e) => ({ ...e, pid: pid(e.pid) })),
      attendance: r.attendance
        .filter((a) => isDropInWorkshopType(typeOf.get(a.workshopId)!) || enrolled.has(`${a.workshopId}|${a.pid}`))
        .map((a) => ({ ...a, pid: pid(a.pid) })),
    },
    formerPids,
    newLocalPids,
  };
}
