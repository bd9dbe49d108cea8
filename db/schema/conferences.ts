import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { inviteStatuses } from '../../electron/domain/conferences';
import { participants } from './participants';

/** Exposure conferences (כנס חשיפה): dated group introductions that eligible people are invited to. */
export const conferences = sqliteTable(
  'conferences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    startTime: text('start_time'),
    location: text('location'),
    capacity: integer('capacity'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('conferences_date').on(t.date)],
);

export const conferenceInvites = sqliteTable(
  'conference_invites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conferenceId: integer('conference_id')
      .notNull()
      .references(() => conferences.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: inviteStatuses }).notNull().default('invited'),
    invitedAt: text('invited_at').notNull(),
    remindedAt: text('reminded_at'),
    respondedAt: text('responded_at'),
  },
  (t) => [
    uniqueIndex('conference_invites_unique').on(t.conferenceId, t.participantId),
    index('conference_invites_participant').on(t.participantId),
  ],
);
