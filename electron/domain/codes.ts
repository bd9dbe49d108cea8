/**
 * Every code list of the domain, each as a literal array (the order is the display and
 * report order), a zod enum for API contracts and a TS type. Upper-case lists are CRF-1 §4
 * codes and must not change without a new CRF version; lower-case lists are Kesher's own.
 */
import { z } from 'zod';

// ---- CRF-1 §4 ---------------------------------------------------------------------------

export const genders = ['F', 'M', 'X'] as const;
export const genderSchema = z.enum(genders);
export type Gender = (typeof genders)[number];

export const recruitmentSources = [
  'EMPLOYMENT_SERVICE',
  'FRIEND_REFERRAL',
  'EMPLOYMENT_CENTRE',
  'SOCIAL_MEDIA',
  'MUNICIPAL',
  'PRESS',
  'OTHER',
] as const;
export const recruitmentSourceSchema = z.enum(recruitmentSources);
export type RecruitmentSource = (typeof recruitmentSources)[number];

export const tracks = ['SALARIED', 'SELF_EMPLOYED', 'VOCATIONAL_TRAINING', 'UNDECIDED'] as const;
export const trackSchema = z.enum(tracks);
export type Track = (typeof tracks)[number];

export const exitReasons = [
  'EMPLOYED_6M',
  'NON_COOPERATION',
  'MAX_DURATION',
  'REFERRED_ELSEWHERE',
  'MOVED',
  'HEALTH',
  'PERSONAL',
  'OTHER',
] as const;
export const exitReasonSchema = z.enum(exitReasons);
export type ExitReason = (typeof exitReasons)[number];

export const trafficLights = ['GREEN', 'YELLOW', 'RED'] as const;
export const trafficLightSchema = z.enum(trafficLights);
export type TrafficLight = (typeof trafficLights)[number];

export const populationTags = [
  'DISABILITY',
  'HAREDI',
  'ARAB',
  'IMMIGRANT',
  'RELEASED_PRISONER',
  'SINGLE_PARENT',
  'OTHER',
] as const;
export const populationTagSchema = z.enum(populationTags);
export type PopulationTag = (typeof populationTags)[number];

export const employmentTypes = ['SALARIED', 'SELF_EMPLOYED'] as const;
export const employmentTypeSchema = z.enum(employmentTypes);
export type EmploymentType = (typeof employmentTypes)[number];

export const foundByCodes = ['SELF', 'PROGRAMME'] as const;
export const foundBySchema = z.enum(foundByCodes);
export type FoundBy = (typeof foundByCodes)[number];

export const meetingModes = ['IN_PERSON', 'PHONE', 'VIDEO', 'EMAIL', 'SMS'] as const;
export const meetingModeSchema = z.enum(meetingModes);
export type MeetingMode = (typeof meetingModes)[number];

export const meetingStatuses = ['ATTENDED', 'NO_SHOW', 'CANCELLED'] as const;
export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = (typeof meetingStatuses)[number];

export const workshopTypes = [
  'EXPOSURE',
  'OPENING',
  'SALARIED_OR_SELF',
  'MOTIVATION',
  'NETWORKING',
  'VISION_A',
  'VISION_B',
  'ORIENTATION',
  'FACEBOOK_BEG',
  'FACEBOOK_ADV',
  'LINKEDIN_BEG',
  'LINKEDIN_ADV',
  'CAREER_INIT',
  'BACK_TO_WORK',
  'BUSINESS_ADAPTED',
  'BUSINESS_STANDARD',
  'FREELANCERS',
  'SELF_EMPLOYED_CORE',
  'JOB_CLUB',
  'BUSINESS_SPACE',
  'OFFICE_BEG',
  'OFFICE_ADV',
  'EXCEL_BEG',
  'EXCEL_ADV',
  'MOL_TRAINING',
  'EVENT',
  'OTHER',
] as const;
export const workshopTypeSchema = z.enum(workshopTypes);
export type WorkshopType = (typeof workshopTypes)[number];

/** Open sessions without enrolment: reports count distinct attendees and no completion. */
export const dropInWorkshopTypes = ['JOB_CLUB', 'BUSINESS_SPACE', 'EVENT'] as const satisfies readonly WorkshopType[];
export type DropInWorkshopType = (typeof dropInWorkshopTypes)[number];

export function isDropInWorkshopType(type: WorkshopType): type is DropInWorkshopType {
  return (dropInWorkshopTypes as readonly WorkshopType[]).includes(type);
}

export const attendanceStatuses = ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** CRF-1: attended = PRESENT or LATE. */
export function isAttended(status: AttendanceStatus): boolean {
  return status === 'PRESENT' || status === 'LATE';
}

// ---- Kesher's own lists -----------------------------------------------------------------

export const participantStatuses = ['inquiry', 'screened', 'invited', 'intake', 'active', 'exited'] as const;
export const participantStatusSchema = z.enum(participantStatuses);
export type ParticipantStatus = (typeof participantStatuses)[number];

export const screeningOutcomes = ['eligible', 'not_eligible', 'borderline'] as const;
export const screeningOutcomeSchema = z.enum(screeningOutcomes);
export type ScreeningOutcome = (typeof screeningOutcomes)[number];

/** The coordinator's decision on a screening that did not come out plainly eligible. */
export const coordinatorDecisions = ['approved', 'rejected'] as const;
export const coordinatorDecisionSchema = z.enum(coordinatorDecisions);
export type CoordinatorDecision = (typeof coordinatorDecisions)[number];

/** The job scope a person seeks, smallest first (eligibility compares by position). */
export const jobScopes = ['quarter', 'third', 'half', 'full'] as const;
export const jobScopeSchema = z.enum(jobScopes);
export type JobScope = (typeof jobScopes)[number];

/**
 * Barriers to employment worked on in the plan. Chosen from the barriers the evaluation
 * names at exit and referral (health, severe emotional difficulty, acute economic distress,
 * second sub-populations) and those the coaching literature reports for job seekers over 45:
 * age discrimination, digital and job-search skills that fell behind, outdated occupational
 * skills, confidence after a long absence, caregiving for parents or grandchildren, and
 * salary or status expectations set by a previous career. Each is something a coach acts on
 * or refers out; traits that are not barriers in themselves (age, origin) are population tags.
 */
export const barrierCodes = [
  'health',
  'emotional',
  'caregiving',
  'financial_distress',
  'age_discrimination',
  'digital_skills',
  'job_search_skills',
  'skills_gap',
  'low_confidence',
  'expectations_gap',
  'language',
  'transport',
  'legal',
  'housing',
  'other',
] as const;
export const barrierCodeSchema = z.enum(barrierCodes);
export type BarrierCode = (typeof barrierCodes)[number];

/** Highest education completed, in the categories the Israeli labour-force survey uses. */
export const educationLevels = [
  'none',
  'primary',
  'secondary_partial',
  'secondary_full',
  'bagrut',
  'yeshiva',
  'vocational_certificate',
  'practical_engineer',
  'bachelor',
  'master',
  'doctorate',
  'other',
] as const;
export const educationLevelSchema = z.enum(educationLevels);
export type EducationLevel = (typeof educationLevels)[number];

/** Consent to keep and process data at intake, and consent to disclose to a named organisation. */
export const consentKinds = ['data_processing', 'disclosure'] as const;
export const consentKindSchema = z.enum(consentKinds);
export type ConsentKind = (typeof consentKinds)[number];

export const consentMethods = ['written', 'verbal', 'digital'] as const;
export const consentMethodSchema = z.enum(consentMethods);
export type ConsentMethod = (typeof consentMethods)[number];

/**
 * Disclosure to another organisation needs the person's written consent (the programme's
 * ethics code); a form signed on a screen counts as written, a phone "yes" does not.
 */
export function isConsentMethodSufficient(kind: ConsentKind, method: ConsentMethod): boolean {
  return kind === 'data_processing' || method !== 'verbal';
}
