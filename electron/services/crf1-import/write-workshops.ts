/**
 * Writes the workshops, sessions, enrolments and attendance of a validated migration bundle
 * inside the caller's transaction. Sessions of a workshop an earlier import created are matched
 * by number (CRF-1 sessionNo = the order by date); enrolments and marks already there are kept.
 */
import { workshopInstances, workshopSessions } from '../../../db/schema/workshops';
import type { ImportPlan } from '../../domain/crf1-import/plan';
import { tableInserter } from '../demo/table-insert';
import type { WriteContext } from './write-people';

export function writeWorkshops(ctx: WriteContext, plan: ImportPlan, local: ReadonlyMap<string, number>): void {
  const { keys, counts } = ctx;
  const sqlite = ctx.runtime.sqlite();
  const at = ctx.now.toISOString();
  const insertInstance = tableInserter(sqlite, workshopInstances, [
    'id',
    'titleId',
    'facilitatorId',
    'place',
    'capacity',
    'notes',
  ]);
  const insertSession = tableInserter(sqlite, workshopSessions, ['id', 'startTime', 'endTime', 'place']);
  const existingSessions = sqlite
    .prepare(`SELECT id FROM workshop_sessions WHERE instance_id = ? AND status <> 'cancelled' ORDER BY date, id`)
    .pluck();
  const enrol = sqlite.prepare(
    `INSERT INTO workshop_enrolments (instance_id, participant_id, status, enrolled_at, created_by, updated_at)
     VALUES (?, ?, 'enrolled', ?, ?, ?) ON CONFLICT (instance_id, participant_id) DO NOTHING`,
  );
  const mark = sqlite.prepare(
    `INSERT INTO attendance (session_id, participant_id, status, marked_at, marked_by)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, participant_id) DO NOTHING`,
  );

  const instances = new Map<string, number>();
  const sessionIds = new Map<string, number[]>();
  for (const w of plan.workshops) {
    const known = keys.get('workshop', w.workshopId);
    if (known !== undefined) {
      instances.set(w.workshopId, known);
      sessionIds.set(w.workshopId, existingSessions.all(known) as number[]);
      counts.workshopsExisting += 1;
      continue;
    }
    const id = insertInstance({
      type: w.type,
      // An older system without titles: the type code names the run until the coordinator renames it.
      title: w.title ?? w.type,
      facilitatorName: w.facilitator,
      createdAt: at,
      createdBy: ctx.actorId,
      updatedAt: at,
    });
    keys.add('workshop', w.workshopId, id);
    instances.set(w.workshopId, id);
    sessionIds.set(w.workshopId, []);
    counts.workshops += 1;
  }

  const sessionOf = new Map<string, number>();
  const ordered = [...plan.sessions].sort((a, b) => a.sessionNo - b.sessionNo);
  for (const s of ordered) {
    const instanceId = instances.get(s.workshopId) as number;
    const ids = sessionIds.get(s.workshopId) as number[];
    let id = ids[s.sessionNo - 1];
    if (id === undefined) {
      id = insertSession({ instanceId, date: s.date, status: 'scheduled', createdAt: at, updatedAt: at });
      counts.sessions += 1;
    }
    sessionOf.set(`${s.workshopId}\u0000${s.sessionNo}`, id);
  }

  for (const e of plan.enrolments) {
    const result = enrol.run(instances.get(e.workshopId), local.get(e.pid), at, ctx.actorId, at);
    counts.enrolments += result.changes;
  }
  for (const a of plan.attendance) {
    const sessionId = sessionOf.get(`${a.workshopId}\u0000${a.sessionNo}`);
    const result = mark.run(sessionId, local.get(a.pid), a.status, at, ctx.actorId);
    counts.attendance += result.changes;
  }
}
