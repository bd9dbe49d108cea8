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
import { emptyRecords, type CentreRecords, type ParticipantRecord } from '../crf1/records';

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

/**
 * The pooled records built one centre at a time, so the consolidation can hand each centre over
 * as soon as its own indicators are computed. `add` TAKES the centre's records: their objects are
 * rewritten in place with centre-scoped ids (copying 250,000 people and half a million meetings
 * only to drop the originals cost seconds of garbage collection at programme scale).
 */
export class RecordPool {
  private readonly people = new Map<string, ParticipantRecord>();
  private readonly jobs = new Set<string>();
  private readonly pooled: CentreRecords = emptyRecords();

  add(code: string, records: CentreRecords): void {
    const { people, jobs, pooled } = this;
    for (const p of records.participants) {
      p.coach = scoped(code, p.coach);
      const known = people.get(p.pid);
      people.set(p.pid, known ? merge(known, p) : p);
    }
    for (const job of records.placements) {
      const key = [job.pid, job.startDate, job.endDate, job.employmentType, job.occupationCode].join('\u0000');
      if (jobs.has(key)) continue;
      jobs.add(key);
      job.placementId = `${code}/${job.placementId}`;
      pooled.placements.push(job);
    }
    for (const m of records.meetings) {
      m.meetingId = `${code}/${m.meetingId}`;
      m.coach = scoped(code, m.coach);
      pooled.meetings.push(m);
    }
    for (const w of records.workshops) {
      w.workshopId = `${code}/${w.workshopId}`;
      pooled.workshops.push(w);
    }
    for (const s of records.sessions) {
      s.workshopId = `${code}/${s.workshopId}`;
      pooled.sessions.push(s);
    }
    for (const e of records.enrolments) {
      e.workshopId = `${code}/${e.workshopId}`;
      pooled.enrolments.push(e);
    }
    for (const a of records.attendance) {
      a.workshopId = `${code}/${a.workshopId}`;
      pooled.attendance.push(a);
    }
  }

  /** The pooled records of every centre added so far. */
  records(): CentreRecords {
    return { ...this.pooled, participants: [...this.people.values()] };
  }
}

/** A copy of a centre's records, for pooling without changing the caller's objects. */
function copyOf(records: CentreRecords): CentreRecords {
  return {
    participants: records.participants.map((p) => ({ ...p })),
    placements: records.placements.map((x) => ({ ...x })),
    meetings: records.meetings.map((x) => ({ ...x })),
    workshops: records.workshops.map((x) => ({ ...x })),
    sessions: records.sessions.map((x) => ({ ...x })),
    enrolments: records.enrolments.map((x) => ({ ...x })),
    attendance: records.attendance.map((x) => ({ ...x })),
  };
}

/** The pooled records of the given centres; their own records are left as they were. */
export function poolRecords(centres: readonly CentreInput[]): CentreRecords {
  const pool = new RecordPool();
  for (const { code, records } of centres) pool.add(code, copyOf(records));
  return pool.records();
}
