/**
 * The store's records at period end E as CRF-1 export records (CRF-1 §3, §6, §7): the
 * selection of §7, pids replaced by pseudonyms, coaches by staff codes, every code column
 * keeping only §4 codes and every occupation only an ISCO-08 code. The records keep the full
 * birth date for the indicators; the CSV writer turns it into birthYear and ageAtPeriodEnd.
 */
import { isDropInWorkshopType, type WorkshopType } from '../../domain/codes';
import type { CentreRecords } from '../../domain/crf1/records';
import { isOccupationCode } from '../../domain/occupations';
import type { Db } from '../../../db/open';
import { localPids } from '../../../db/repositories/crf-export';
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

/**
 * The dashboards' records (records-from-store applies §7's selection), with every internal
 * participant id replaced by its pseudonym. On top: an occupation is exported only when it is
 * a code on the ISCO-08 list; an enrolment in a drop-in instance and attendance at a course
 * without an enrolment are left out (a bundle holding them would not import, §7).
 */
export function loadExportRecords(db: Db, periodEnd: string, centreCode: string, key: Buffer): ExportRecords {
  const store = loadStoreRecords(db, periodEnd);
  const remembered = localPids(db);
  const pidOf = new Map<string, string>();
  const formerPids = new Map<string, string>();
  const newLocalPids: ExportRecords['newLocalPids'] = [];
  for (const [internal, id] of store.participantIds) {
    const nationalId = store.nationalIds.get(id) ?? null;
    const pid = pseudonym(key, pseudonymMessage(nationalId, centreCode, id));
    pidOf.set(internal, pid);
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
      // Half a million meetings at centre scale: their records are fresh from the store and
      // ours alone, so the pid is replaced where it stands instead of in a copy of each.
      meetings: r.meetings.map((m) => {
        m.pid = pid(m.pid);
        return m;
      }),
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
