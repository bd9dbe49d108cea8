import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { attendanceStatuses, workshopTypes } from '../../electron/domain/codes';
import { enrolmentStatuses, sessionStatuses } from '../../electron/domain/workshops';
import { participants } from './participants';
import { staff } from './staff';

/** The centre's own workshop titles, each mapped to a CRF-1 type (the 27 types are domain code lists). */
export const workshopTitles = sqliteTable('workshop_titles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  type: text('type', { enum: workshopTypes }).notNull(),
  nameHe: text('name_he').notNull(),
  nameEn: text('name_en'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});

/** One run of a workshop (CRF-1 workshops.csv): a course, or an ongoing drop-in series. */
export const workshopInstances = sqliteTable(
  'workshop_instances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: workshopTypes }).notNull(),
    titleId: integer('title_id').references(() => workshopTitles.id),
    title: text('title').notNull(),
    facilitatorId: integer('facilitator_id').references(() => staff.id),
    /** An external facilitator without an account. */
    facilitatorName: text('facilitator_name'),
    place: text('place'),
    capacity: integer('capacity'),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('workshop_instances_facilitator').on(t.facilitatorId), index('workshop_instances_type').on(t.type)],
);

/** Dated sessions of an instance; CRF-1 sessionNo is their order by date among those not cancelled. */
export const workshopSessions = sqliteTable(
  'workshop_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    instanceId: integer('instance_id')
      .notNull()
      .references(() => workshopInstances.id),
    date: text('date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place'),
    status: text('status', { enum: sessionStatuses }).notNull().default('scheduled'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('workshop_sessions_instance').on(t.instanceId, t.date), index('workshop_sessions_date').on(t.date)],
);

/** Places on a course and its wait list (in `wait_position` order). Drop-in types take none. */
export const workshopEnrolments = sqliteTable(
  'workshop_enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    instanceId: integer('instance_id')
      .notNull()
      .references(() => workshopInstances.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: enrolmentStatuses }).notNull().default('enrolled'),
    waitPosition: integer('wait_position'),
    enrolledAt: text('enrolled_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('workshop_enrolments_unique').on(t.instanceId, t.participantId),
    index('workshop_enrolments_participant').on(t.participantId),
  ],
);

/** One mark per participant per session (CRF-1 attendance.csv); walk-ins at drop-in sessions have no enrolment. */
export const attendance = sqliteTable(
  'attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => workshopSessions.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    markedAt: text('marked_at').notNull(),
    markedBy: integer('marked_by').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('attendance_session_participant').on(t.sessionId, t.participantId),
    index('attendance_participant').on(t.participantId),
  ],
);

/** The facilitator's update to the coach about one participant, for an instance or one of its sessions. */
export const facilitatorNotes = sqliteTable(
  'facilitator_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    instanceId: integer('instance_id')
      .notNull()
      .references(() => workshopInstances.id),
    sessionId: integer('session_id').references(() => workshopSessions.id),
    authorId: integer('author_id').references(() => staff.id),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
    /** When the participant's coach first saw it on their day. */
    seenAt: text('seen_at'),
  },
  (t) => [
    index('facilitator_notes_participant').on(t.participantId, t.createdAt),
    index('facilitator_notes_instance').on(t.instanceId),
  ],
);
