/**
 * The programme's pooled records (CRF-1 "per centre and in total"). Decision, documented in the
 * README: each centre's indicators come from that centre's own bundle unchanged; the total
 * comes from the pooled records of all centres, where a pid found in several centres is ONE
 * person — the pid is the same HMAC of the national ID in every centre (§6), so counting them
 * twice would inflate the programme's participants and its placement rate. The merged person:
 * - is enrolled from the earliest enrolment date of any centre, and has exited only when every
 *   centre's record has an exit (then on the latest exit date, with that record's reason);
 * - takes the other attributes (birth date, gender, source, tags…) from the earliest-enrolled
 *   record, filling gaps from the others;
 * - keeps every placement, meeting and workshop record of every centre. Their ids are centre-
 *   local, so they are prefixed with the centre code ('TLV/17'); a job both centres recorded
 *   (same start, end, type and occupation) is kept once. Staff codes are per centre too and
 *   become 'TLV/S01'.
 */
import type { CentreRecords, ParticipantRecord } from '../crf1/records';

export interface CentreInput {
  code: string;
  records: CentreRecords;
}

const scoped = (code: string, id: string | null): string | null => (id === null ? null : `${code}/${id}`);

function earlier(a: string | null, b: string | null): boolean {
  if (a === null) return false;
  return b === null || a < b;
}

function merge(into: ParticipantRecord, other: ParticipantRecord): ParticipantRecord {
  const first = earlier(other.enrolmentDate, into.enrolmentDate) ? other : into;
  const second = first === into ? other : into;
  const filled = { ...first } as Record<string, unknown>;
  for (const [key, value] of Object.entries(second)) if (filled[key] === null && value !== null) filled[key] = value;
  const merged = filled as unknown as ParticipantRecord;
  merged.populationTags = [...new Set([...first.populationTags, ...second.populationTags])];
  if (into.exitDate === null || other.exitDate === null) {
    merged.exitDate = null;
    merged.exitReason = null;
  } else {
    const last = other.exitDate > into.exitDate ? other : into;
    merged.exitDate = last.exitDate;
    merged.exitReason = last.exitReason;
  }
  return merged;
}

export function poolRecords(centres: readonly CentreInput[]): CentreRecords {
  const people = new Map<string, ParticipantRecord>();
  const pooled: CentreRecords = {
    participants: [],
    placements: [],
    meetings: [],
    workshops: [],
    sessions: [],
    enrolments: [],
    attendance: [],
  };
  const jobs = new Set<string>();
  for (const { code, records } of centres) {
    for (const p of records.participants) {
      const mine = { ...p, coach: scoped(code, p.coach) };
      const known = people.get(p.pid);
      people.set(p.pid, known ? merge(known, mine) : mine);
    }
    for (const job of records.placements) {
      const key = [job.pid, job.startDate, job.endDate, job.employmentType, job.occupationCode].join('\u0000');
      if (jobs.has(key)) continue;
      jobs.add(key);
      pooled.placements.push({ ...job, placementId: `${code}/${job.placementId}` });
    }
    for (const m of records.meetings)
      pooled.meetings.push({ ...m, meetingId: `${code}/${m.meetingId}`, coach: scoped(code, m.coach) });
    for (const w of records.workshops) pooled.workshops.push({ ...w, workshopId: `${code}/${w.workshopId}` });
    for (const s of records.sessions) pooled.sessions.push({ ...s, workshopId: `${code}/${s.workshopId}` });
    for (const e of records.enrolments) pooled.enrolments.push({ ...e, workshopId: `${code}/${e.workshopId}` });
    for (const a of records.attendance) pooled.attendance.push({ ...a, workshopId: `${code}/${a.workshopId}` });
  }
  pooled.participants = [...people.values()];
  return pooled;
}
