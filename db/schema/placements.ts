import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { employmentTypes, foundByCodes } from '../../electron/domain/codes';
import { followUpStates } from '../../electron/domain/casework';
import { participants } from './participants';
import { staff } from './staff';

/**
 * Employment records (CRF-1 placements.csv), several per person, overlapping allowed.
 * `occupation_code` is an ISCO-08 unit group (4 digits); `occupation_text` keeps an older
 * system's text that did not map to one code. The employer is restricted like contact details.
 */
export const placements = sqliteTable(
  'placements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    employer: text('employer'),
    occupationCode: text('occupation_code'),
    occupationText: text('occupation_text'),
    startDate: text('start_date').notNull(),
    /** Empty = ongoing; else the last day worked. */
    endDate: text('end_date'),
    employmentType: text('employment_type', { enum: employmentTypes }),
    jobScopePct: integer('job_scope_pct'),
    monthlySalaryNis: integer('monthly_salary_nis'),
    foundBy: text('found_by', { enum: foundByCodes }),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('placements_participant').on(t.participantId, t.startDate)],
);

/**
 * Retention follow-ups at 6/12/15/24 months after the first programme placement's start
 * (CRF-1 addMonths). Answers update placements so that the CRF-1 retention figures follow.
 */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id),
    months: integer('months').notNull(),
    dueDate: text('due_date').notNull(),
    state: text('state', { enum: followUpStates }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a `retry` is next due (an unanswered call is tried again 7 days later). */
    nextTryDate: text('next_try_date'),
    answeredDate: text('answered_date'),
    answeredBy: integer('answered_by').references(() => staff.id),
    /** The placement an "employed elsewhere" answer opened. */
    newPlacementId: integer('new_placement_id').references(() => placements.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('follow_ups_participant_months').on(t.participantId, t.months),
    index('follow_ups_state_due').on(t.state, t.dueDate),
    // The open follow-ups in call-date order, so the centre-wide queue reads its first page
    // without sorting every open follow-up (db/repositories/placements.ts followUpQueue).
    index('follow_ups_open_call')
      .on(sql`coalesce(${t.nextTryDate}, ${t.dueDate})`, t.id)
      .where(sql`${t.state} IN ('pending', 'retry')`),
  ],
);
