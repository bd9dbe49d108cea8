import type { z } from 'zod';
import type { dayMeetingSchema, meetingSchema } from '../../api/contracts/meetings';
import type { CoachingTool } from '../../domain/casework';
import type { MeetingRow, MeetingWithPerson } from '../../../db/repositories/meetings';
import { listStaff } from '../../../db/repositories/staff';
import type { Db } from '../../../db/open';

export type MeetingView = z.output<typeof meetingSchema>;
export type DayMeetingView = z.output<typeof dayMeetingSchema>;

/** Staff names by id, read once per call: lists name the holder of every meeting. */
export function staffNames(db: Db): Map<number, string> {
  return new Map(listStaff(db).map((member) => [member.id, member.displayName]));
}

export function toMeetingView(row: MeetingRow, names: Map<number, string>): MeetingView {
  return {
    id: row.id,
    participantId: row.participantId,
    date: row.date,
    time: row.time,
    mode: row.mode,
    state: row.state,
    tools: (row.tools ?? []) as CoachingTool[],
    topics: row.topics,
    note: row.note,
    tasksOverdueFlag: row.tasksOverdueFlag,
    staffId: row.staffId,
    staffName: row.staffId === null ? null : (names.get(row.staffId) ?? null),
    updatedAt: row.updatedAt,
  };
}

export function toDayMeetingView(row: MeetingWithPerson, names: Map<number, string>): DayMeetingView {
  return {
    id: row.id,
    participantId: row.participantId,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    email: row.email,
    date: row.date,
    time: row.time,
    mode: row.mode,
    state: row.state,
    tasksOverdueFlag: row.tasksOverdueFlag,
    staffId: row.staffId,
    staffName: row.staffId === null ? null : (names.get(row.staffId) ?? null),
  };
}
