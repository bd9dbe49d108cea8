import { sql } from 'drizzle-orm';
import type { Db } from '../open';

/**
 * One participant's case work as dated entries for the timeline, read straight from the
 * meetings, traffic-light, placements, plans, follow-ups and facilitator-notes tables. Codes
 * and dates only: the record's own tabs hold the text.
 */
export interface CaseworkEntryRow {
  source: 'meeting' | 'light' | 'placement_start' | 'placement_end' | 'plan' | 'follow_up' | 'facilitator_note';
  refId: number;
  date: string;
  code: string | null;
  /** A number that belongs to the entry: the plan version, the follow-up's months. */
  n: number | null;
  actorId: number | null;
  /** The traffic-light change's meeting, when it was set at one. */
  meetingId: number | null;
}

export function caseworkEntries(db: Db, participantId: number): CaseworkEntryRow[] {
  return db.all<CaseworkEntryRow>(sql`
    SELECT 'meeting' AS source, id AS refId, date, state AS code, NULL AS n, staff_id AS actorId, id AS meetingId
      FROM meetings WHERE participant_id = ${participantId}
    UNION ALL
    SELECT 'light', id, date, light, NULL, set_by, meeting_id
      FROM traffic_light_changes WHERE participant_id = ${participantId}
    UNION ALL
    SELECT 'placement_start', id, start_date, employment_type, NULL, created_by, NULL
      FROM placements WHERE participant_id = ${participantId}
    UNION ALL
    SELECT 'placement_end', id, end_date, employment_type, NULL, NULL, NULL
      FROM placements WHERE participant_id = ${participantId} AND end_date IS NOT NULL
    UNION ALL
    SELECT 'plan', id, max(coalesce(participant_signed_date, ''), coalesce(coach_signed_date, '')), status, version,
        signed_by, NULL
      FROM plans WHERE participant_id = ${participantId} AND status = 'signed'
    UNION ALL
    SELECT 'follow_up', id, coalesce(answered_date, substr(updated_at, 1, 10)), state, months, answered_by, NULL
      FROM follow_ups WHERE participant_id = ${participantId}
        AND state IN ('same_job', 'employed_elsewhere', 'not_employed', 'unreachable')
    UNION ALL
    SELECT 'facilitator_note', n.id, substr(n.created_at, 1, 10), i.type, NULL, n.author_id, NULL
      FROM facilitator_notes n JOIN workshop_instances i ON i.id = n.instance_id
      WHERE n.participant_id = ${participantId}
    ORDER BY 3, 1, 2`);
}
