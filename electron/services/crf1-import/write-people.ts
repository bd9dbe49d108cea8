/**
 * Writes the participants, placements and meetings of a validated migration bundle inside the
 * caller's transaction. Prepared statements (tableInserter) keep 10,000 people with their
 * records within seconds; the name-word and trigram search entries are written by the
 * repository's indexParticipant, as every other insert does.
 */
import { participantEvents, participants } from '../../../db/schema/participants';
import { placements } from '../../../db/schema/placements';
import { meetings, trafficLightChanges } from '../../../db/schema/meetings';
import { newParticipantIndexer } from '../../../db/repositories/participant-search';
import { getParticipant, updateParticipant } from '../../../db/repositories/participants';
import { insertFollowUps } from '../../../db/repositories/placements';
import { followUpSchedule, firstProgrammePlacement } from '../../domain/follow-ups';
import { lastContactAfter } from '../../domain/meetings';
import type { ParticipantStatus } from '../../domain/codes';
import type { ImportPlan, PlannedParticipant } from '../../domain/crf1-import/plan';
import type { StoreRuntime } from '../store/runtime';
import { syncFollowUps } from '../placements/placements';
import { tableInserter } from '../demo/table-insert';
import type { ImportCounts, KeyBook } from './keys';

/** The app's lifecycle for a record that arrives whole: not enrolled → inquiry, enrolled → active, left → exited. */
export function importedStatus(p: Pick<PlannedParticipant, 'enrolmentDate' | 'exitDate'>): ParticipantStatus {
  if (p.enrolmentDate === null) return 'inquiry';
  return p.exitDate === null ? 'active' : 'exited';
}

export interface WriteContext {
  runtime: StoreRuntime;
  keys: KeyBook;
  counts: ImportCounts;
  actorId: number | null;
  now: Date;
  today: string;
  /** Participants this import created (not matched or imported before). */
  created: Set<number>;
  /** Called now and then with the records written so far. */
  progress: (done: number) => void;
}

/** Writes people; returns pid → local participant id for every participant of the bundle. */
export function writeParticipants(ctx: WriteContext, plan: ImportPlan): Map<string, number> {
  const { runtime, keys, counts } = ctx;
  const sqlite = runtime.sqlite();
  const db = runtime.db();
  const at = ctx.now.toISOString();
  const insert = tableInserter(sqlite, participants, [
    'id',
    'searchName',
    'address',
    'heardHow',
    'ageAtInquiry',
    'intakeScheduledDate',
    'exitNote',
    'exitReferralServiceId',
    'exitReferralProgramme',
    'education',
    'languages',
    'barriers',
    'strengths',
    'notes',
    'commitmentSignedDate',
    'forms',
    'screeningOutcome',
    'screeningAnswers',
    'screenedAt',
    'screenedBy',
    'referralServiceId',
    'decision',
    'decisionReason',
    'decidedBy',
    'decidedAt',
  ]);
  const insertEvent = tableInserter(sqlite, participantEvents, ['id']);
  const insertLight = tableInserter(sqlite, trafficLightChanges, ['id', 'meetingId']);
  const indexParticipant = newParticipantIndexer(sqlite);
  // The store's national IDs read once, not one SELECT per person: the bundle's own IDs are
  // unique (validation refuses a repeat), so no row it creates can be matched by a later one.
  const byNationalId = new Map(
    (
      sqlite.prepare('SELECT national_id AS nationalId, id FROM participants WHERE national_id IS NOT NULL').all() as {
        nationalId: string;
        id: number;
      }[]
    ).map((row) => [row.nationalId, row.id]),
  );

  // Last contact as the meetings service keeps it: the intake, then every attended meeting.
  const attended = new Map<string, string>();
  for (const m of plan.meetings)
    if (m.status === 'ATTENDED' && !keys.has('meeting', m.meetingId))
      attended.set(m.pid, lastContactAfter(attended.get(m.pid) ?? null, { date: m.date, state: 'ATTENDED' }) ?? m.date);

  const local = new Map<string, number>();
  for (const [i, p] of plan.participants.entries()) {
    const known = keys.get('participant', p.pid);
    const matched = known ?? (p.nationalId === null ? undefined : byNationalId.get(p.nationalId));
    if (matched !== undefined) {
      local.set(p.pid, matched);
      if (known === undefined) {
        keys.add('participant', p.pid, matched);
        counts.participantsMatched += 1;
      } else counts.participantsExisting += 1;
      // A person already here keeps their record; new attended meetings still move the last contact.
      const contact = attended.get(p.pid);
      const row = contact === undefined ? undefined : getParticipant(db, matched);
      const next = row && contact ? lastContactAfter(row.lastContactDate, { date: contact, state: 'ATTENDED' }) : null;
      if (row && next !== row.lastContactDate)
        updateParticipant(db, matched, { lastContactDate: next }, ctx.actorId, ctx.now);
      continue;
    }
    const status = importedStatus(p);
    const contact = attended.get(p.pid) ?? null;
    const lastContactDate =
      p.enrolmentDate !== null && (contact === null || contact < p.enrolmentDate) ? p.enrolmentDate : contact;
    const { row: _row, pid: _pid, ...fields } = p;
    const id = insert({
      ...fields,
      status,
      lastContactDate,
      populationTags: p.populationTags,
      createdAt: at,
      createdBy: ctx.actorId,
      updatedAt: at,
    });
    indexParticipant({ id, firstName: p.firstName, lastName: p.lastName, nationalId: p.nationalId, phone: p.phone });
    insertEvent({
      participantId: id,
      at,
      actorId: ctx.actorId,
      kind: 'imported',
      fromStatus: null,
      toStatus: status,
      detail: null,
    });
    if (p.trafficLight !== null)
      insertLight({
        participantId: id,
        date: p.enrolmentDate ?? ctx.today,
        light: p.trafficLight,
        setBy: ctx.actorId,
        createdAt: at,
      });
    keys.add('participant', p.pid, id);
    ctx.created.add(id);
    local.set(p.pid, id);
    counts.participants += 1;
    if (i % 500 === 0) ctx.progress(i);
  }
  return local;
}

export function writePlacementsAndMeetings(
  ctx: WriteContext,
  plan: ImportPlan,
  local: ReadonlyMap<string, number>,
): void {
  const { runtime, keys, counts } = ctx;
  const sqlite = runtime.sqlite();
  const db = runtime.db();
  const at = ctx.now.toISOString();
  const insertPlacement = tableInserter(sqlite, placements, ['id', 'note']);
  const insertMeeting = tableInserter(sqlite, meetings, ['id', 'time', 'tools', 'topics', 'note']);
  // Placements written per person, for their retention follow-ups below.
  const placed = new Map<number, { id: number; startDate: string; endDate: string | null; placementId: string }[]>();
  for (const p of plan.placements) {
    if (keys.has('placement', p.placementId)) {
      counts.placementsExisting += 1;
      continue;
    }
    const participantId = local.get(p.pid) as number;
    const { row: _row, pid: _pid, placementId, ...fields } = p;
    const id = insertPlacement({ ...fields, participantId, createdAt: at, createdBy: ctx.actorId, updatedAt: at });
    keys.add('placement', placementId, id);
    const list = placed.get(participantId) ?? [];
    list.push({ id, startDate: p.startDate, endDate: p.endDate, placementId });
    placed.set(participantId, list);
    counts.placements += 1;
  }
  // Retention follow-ups as the placements service schedules them. A person new to the store
  // gets only those still to come: the old system's past calls are in the placements' end dates.
  const enrolmentOf = new Map(plan.participants.map((p) => [local.get(p.pid), p.enrolmentDate]));
  for (const [participantId, list] of placed) {
    if (!ctx.created.has(participantId)) {
      const person = getParticipant(db, participantId);
      if (person) syncFollowUps(db, person, ctx.now);
      continue;
    }
    const first = firstProgrammePlacement(list, enrolmentOf.get(participantId) ?? null);
    if (!first) continue;
    const due = followUpSchedule(first.startDate).filter((f) => f.dueDate >= ctx.today);
    insertFollowUps(db, participantId, first.id, due, ctx.now);
  }
  for (const m of plan.meetings) {
    if (keys.has('meeting', m.meetingId)) {
      counts.meetingsExisting += 1;
      continue;
    }
    const id = insertMeeting({
      participantId: local.get(m.pid) as number,
      staffId: m.staffId,
      date: m.date,
      mode: m.mode ?? 'IN_PERSON',
      state: m.status,
      tasksOverdueFlag: false,
      createdAt: at,
      createdBy: ctx.actorId,
      updatedAt: at,
    });
    keys.add('meeting', m.meetingId, id);
    counts.meetings += 1;
  }
}
