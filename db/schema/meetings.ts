import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { meetingModes, trafficLights } from '../../electron/domain/codes';
import { meetingStates } from '../../electron/domain/casework';
import { participants } from './participants';
import { staff } from './staff';

/**
 * The 1:1 meeting log (CRF-1 meetings.csv): booked meetings and held ones. `staff_id` is
 * whoever holds the meeting (CRF-1 `coach`). The note is the coach's and coordinator's only.
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    staffId: integer('staff_id').references(() => staff.id),
    date: text('date').notNull(),
    /** HH:mm, local time; null when only the day is known. */
    time: text('time'),
    mode: text('mode', { enum: meetingModes }).notNull().default('IN_PERSON'),
    state: text('state', { enum: meetingStates }).notNull().default('BOOKED'),
    tools: text('tools', { mode: 'json' }).$type<string[]>(),
    topics: text('topics'),
    note: text('note'),
    /** Set when the meeting was booked while the agreed tasks were not done (the boundary rule). */
    tasksOverdueFlag: integer('tasks_overdue_flag', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('meetings_participant').on(t.participantId, t.date),
    index('meetings_staff_date').on(t.staffId, t.date, t.state),
    index('meetings_date_state').on(t.date, t.state),
    // Covers the dashboards' read of a period's attended meetings (db/repositories/dashboard-rows):
    // their participant and staff member come from the index, not from 500,000 scattered rows.
    index('meetings_attended').on(t.state, t.date, t.participantId, t.staffId),
  ],
);

/** Every traffic-light change with its date and who set it (participants.traffic_light holds the latest). */
export const trafficLightChanges = sqliteTable(
  'traffic_light_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    date: text('date').notNull(),
    light: text('light', { enum: trafficLights }).notNull(),
    setBy: integer('set_by').references(() => staff.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('traffic_light_changes_participant').on(t.participantId, t.date)],
);
