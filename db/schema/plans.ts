import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { barrierCodes, workshopTypes } from '../../electron/domain/codes';
import { goalStatuses, planStatuses, taskOwners } from '../../electron/domain/casework';
import { participants } from './participants';
import { staff } from './staff';

/**
 * The personal work plan, one row per version. Version N is frozen once both signature dates
 * are set (status `signed`); further edits go to the single `draft` row of version N+1, which
 * starts as a copy of N. Goals, tasks and barriers hang off a version; `item_key` ties the
 * same goal or task across versions so that two versions compare field by field.
 */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    version: integer('version').notNull(),
    status: text('status', { enum: planStatuses }).notNull().default('draft'),
    vision: text('vision'),
    strengths: text('strengths'),
    plannedMeetings: integer('planned_meetings'),
    plannedWorkshopTypes: text('planned_workshop_types', { mode: 'json' }).$type<(typeof workshopTypes)[number][]>(),
    nextReviewDate: text('next_review_date'),
    participantSignedDate: text('participant_signed_date'),
    coachSignedDate: text('coach_signed_date'),
    signedBy: integer('signed_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  // No index on status alone: every query names the participant, and a status index made SQLite
  // read all 8,000 drafts (or 56,000 signed versions) of a 50,000-participant centre to find one.
  (t) => [uniqueIndex('plans_participant_version').on(t.participantId, t.version)],
);

/** A SMART goal: what, a measure with a number and unit, a due date, a status and a review note. */
export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    position: integer('position').notNull().default(0),
    what: text('what').notNull(),
    measureValue: real('measure_value').notNull(),
    measureUnit: text('measure_unit').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: goalStatuses }).notNull().default('open'),
    reviewNote: text('review_note'),
  },
  (t) => [index('plan_goals_plan').on(t.planId, t.position)],
);

/** The action plan's tasks: whose, when due, when done, and which goal (by item key) it serves. */
export const planTasks = sqliteTable(
  'plan_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
    owner: text('owner', { enum: taskOwners }).notNull(),
    dueDate: text('due_date'),
    doneDate: text('done_date'),
    goalKey: text('goal_key'),
    /** The meeting at which the task was given, when it came from the meeting log. */
    meetingId: integer('meeting_id'),
    /**
     * The due date while the task is on its coach's day: not done, with a due date, in the
     * current (highest) version of an active participant's plan; null otherwise. Written by
     * the triggers of migration 0010 on plan_tasks, plans and participants, never by the app,
     * so every write path keeps it true; home.day counts and ranks the centre's tasks from it.
     */
    dayDueDate: text('day_due_date'),
  },
  (t) => [
    index('plan_tasks_plan').on(t.planId, t.position),
    index('plan_tasks_due').on(t.dueDate, t.doneDate),
    // The day's open tasks of a plan are read from the index alone (home.day counts and ranks them).
    index('plan_tasks_open').on(t.planId, t.doneDate, t.dueDate),
    // The centre's open tasks in due order (home.day): ~34,000 of 185,000 at 50,000 participants.
    index('plan_tasks_day')
      .on(t.dayDueDate)
      .where(sql`${t.dayDueDate} IS NOT NULL`),
  ],
);

/** Barriers worked on in the plan and who addresses each (moved here from participants.barriers). */
export const planBarriers = sqliteTable(
  'plan_barriers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    position: integer('position').notNull().default(0),
    code: text('code', { enum: barrierCodes }).notNull(),
    detail: text('detail'),
    addressedBy: text('addressed_by'),
  },
  (t) => [index('plan_barriers_plan').on(t.planId, t.position)],
);
