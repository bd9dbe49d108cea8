/**
 * Kesher's own code lists for case work after intake: the personal work plan, the 1:1
 * meeting log, retention follow-ups and exit. CRF-1 codes (meeting mode and status,
 * employment type, found by, exit reason) stay in codes.ts.
 */
import { z } from 'zod';

/** A plan is drafted, then signed by the participant and the coach: signing freezes version N. */
export const planStatuses = ['draft', 'signed'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = (typeof planStatuses)[number];

export const goalStatuses = ['open', 'achieved', 'dropped'] as const;
export const goalStatusSchema = z.enum(goalStatuses);
export type GoalStatus = (typeof goalStatuses)[number];

/** Whose task an action-plan task is. */
export const taskOwners = ['participant', 'coach'] as const;
export const taskOwnerSchema = z.enum(taskOwners);
export type TaskOwner = (typeof taskOwners)[number];

/**
 * A meeting's state in Kesher: booked (not yet held) or one of CRF-1's meeting statuses once
 * it has happened. Only the CRF-1 statuses are exported.
 */
export const meetingStates = ['BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED'] as const;
export const meetingStateSchema = z.enum(meetingStates);
export type MeetingState = (typeof meetingStates)[number];

/** The coaching tools of DOMAIN "Coaching tools used in 1:1 meetings", in its order. */
export const coachingTools = [
  'work_plan_building',
  'employment_vision',
  'ipro_model',
  'scale_coaching',
  'motivation_questionnaire',
  'job_analysis',
  'barrier_work',
  'secondary_gains',
  'preferred_story',
  'learning_from_success',
  'abcd_model',
  'interest_questionnaire',
  'projective_tools',
  'guided_imagery',
  'tasks_homework',
  'interview_simulation',
  'cv_tailoring',
  'touching_the_fantasy',
  'exaggerated_reflection',
  'essence_and_form',
  'swot',
  'enthusiasm_expertise_chart',
] as const;
export const coachingToolSchema = z.enum(coachingTools);
export type CoachingTool = (typeof coachingTools)[number];

/** CRF-1 §5 retention points: follow-ups fall due this many months after the first programme placement. */
export const followUpMonths = [6, 12, 15, 24] as const;
export type FollowUpMonths = (typeof followUpMonths)[number];

/**
 * A follow-up's state: pending until answered; `retry` after an unanswered call (tried again
 * in 7 days); `unreachable` after the third unanswered try.
 */
export const followUpStates = [
  'pending',
  'retry',
  'same_job',
  'employed_elsewhere',
  'not_employed',
  'unreachable',
] as const;
export const followUpStateSchema = z.enum(followUpStates);
export type FollowUpState = (typeof followUpStates)[number];

/** The answers a coach records on a follow-up call. */
export const followUpAnswers = ['same_job', 'employed_elsewhere', 'not_employed', 'no_answer'] as const;
export const followUpAnswerSchema = z.enum(followUpAnswers);
export type FollowUpAnswer = (typeof followUpAnswers)[number];

/** The centre's maximum time in the programme (a setting), in months: 1, 1.5 or 3 years. */
export const maxProgrammeMonthsOptions = [12, 18, 36] as const;
export type MaxProgrammeMonths = (typeof maxProgrammeMonthsOptions)[number];
