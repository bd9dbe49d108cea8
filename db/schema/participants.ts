import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  consentKinds,
  consentMethods,
  coordinatorDecisions,
  genders,
  participantStatuses,
  screeningOutcomes,
  tracks,
  trafficLights,
} from '../../electron/domain/codes';
import { staff } from './staff';
import { services } from './services';

/**
 * The caseload's age order as one indexable key: the birth date, else a birth date estimated
 * from the age told at inquiry (the inquiry date that many years earlier), so a later date is
 * a younger person; null when neither is known. Written without table qualifiers so a query on `participants p` matches
 * the index expression (db/repositories/caseload.ts).
 */
export const AGE_ORDER_KEY = `coalesce(birth_date, (substr(created_at, 1, 4) - age_at_inquiry) || substr(created_at, 5, 6))`;

/**
 * One person from first inquiry to exit. The inquiry, the routing-call screening and the
 * case itself are one record moving through `status`, so nothing is typed twice.
 * JSON columns hold small lists of codes (tags, barriers, languages, forms).
 */
export const participants = sqliteTable(
  'participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    status: text('status', { enum: participantStatuses }).notNull().default('inquiry'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** 9 digits with a valid check digit, or null when unknown. */
    nationalId: text('national_id'),
    /** Canonical national digits, e.g. 0521234567. */
    phone: text('phone'),
    email: text('email'),
    gender: text('gender', { enum: genders }),
    birthDate: text('birth_date'),
    /** Age as told on the routing call when the birth date is not known. */
    ageAtInquiry: integer('age_at_inquiry'),
    city: text('city'),
    address: text('address'),
    recruitmentSource: text('recruitment_source'),
    heardHow: text('heard_how'),
    track: text('track', { enum: tracks }),
    trafficLight: text('traffic_light', { enum: trafficLights }),
    coachId: integer('coach_id').references(() => staff.id),
    intakeScheduledDate: text('intake_scheduled_date'),
    /** The intake meeting's date (CRF-1 enrolmentDate). */
    enrolmentDate: text('enrolment_date'),
    exitDate: text('exit_date'),
    exitReason: text('exit_reason'),
    /** The farewell note written at exit (a letter's text comes from the documents issue). */
    exitNote: text('exit_note'),
    /** Referral at exit to a complementary service in the directory … */
    exitReferralServiceId: integer('exit_referral_service_id').references(() => services.id),
    /** … or to a dedicated programme named in words. */
    exitReferralProgramme: text('exit_referral_programme'),
    /** Free text as told (or an older system's text that maps to no single code). */
    previousOccupation: text('previous_occupation'),
    /** ISCO-08 unit group (4 digits), what CRF-1 exports as `previousOccupation`. */
    previousOccupationCode: text('previous_occupation_code'),
    yearsExperience: integer('years_experience'),
    education: text('education'),
    languages: text('languages', { mode: 'json' }).$type<string[]>(),
    populationTags: text('population_tags', { mode: 'json' }).$type<string[]>(),
    barriers: text('barriers', { mode: 'json' }).$type<{ code: string; detail?: string; addressedBy?: string }[]>(),
    strengths: text('strengths'),
    notes: text('notes'),
    commitmentSignedDate: text('commitment_signed_date'),
    /** Required intake forms ticked: form key → date received. */
    forms: text('forms', { mode: 'json' }).$type<Record<string, string>>(),
    screeningOutcome: text('screening_outcome', { enum: screeningOutcomes }),
    screeningAnswers: text('screening_answers', { mode: 'json' }).$type<Record<string, unknown>>(),
    screenedAt: text('screened_at'),
    screenedBy: integer('screened_by').references(() => staff.id),
    referralServiceId: integer('referral_service_id').references(() => services.id),
    decision: text('decision', { enum: coordinatorDecisions }),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: text('decided_at'),
    /** Last date of contact (intake or an attended meeting); drives the 90-day flag. */
    lastContactDate: text('last_contact_date'),
    /** normaliseForSearch(last + ' ' + first): result order of quick search and its index for 1–2 letter queries. */
    searchName: text('search_name').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('participants_national_id_unique').on(t.nationalId),
    index('participants_status').on(t.status),
    index('participants_coach_status').on(t.coachId, t.status),
    index('participants_last_name').on(t.lastName, t.firstName),
    index('participants_phone').on(t.phone),
    index('participants_track').on(t.track),
    index('participants_traffic_light').on(t.trafficLight),
    index('participants_last_contact').on(t.lastContactDate),
    index('participants_screening').on(t.screeningOutcome, t.decision),
    index('participants_updated').on(t.updatedAt),
    // Quick search ranks its candidates (active first, then last contact, then name) by id from
    // this small index instead of reading each one's row: at 50,000 participants, 1,600
    // candidates take ~1.4 ms from it and ~6 ms from the rows.
    index('participants_search_rank').on(t.id, t.status, t.lastContactDate, t.searchName),
    // The caseload list filters by status and sorts by last contact, enrolment or traffic light:
    // with these columns in one index, finding a page's ids reads no table rows
    // (db/repositories/caseload.ts; at 50,000 participants ~60–140 ms without it, 2–5 ms with).
    index('participants_caseload').on(t.status, t.lastContactDate, t.enrolmentDate, t.trafficLight, t.coachId, t.track),
    // "Newest enrolment first" among active people walks this instead of sorting all of them.
    index('participants_status_enrolment').on(t.status, t.enrolmentDate),
    // Sorting everyone by age walks this instead of computing and sorting 50,000 ages (~20 ms → <1 ms).
    index('participants_age').on(sql.raw(AGE_ORDER_KEY)),
    // Only the third or so with a tag; the tag filter counts and sorts from it without table rows.
    index('participants_tags')
      .on(t.populationTags, t.lastName, t.firstName)
      .where(sql`population_tags <> '[]'`),
  ],
);

/**
 * Every word of a participant's search_name, for quick-search queries of 1–2 letters that
 * trigrams cannot answer: a word-prefix range on this index replaces scanning every name.
 * search_name rides along so the matches are ranked and ordered without reading a row.
 * word_key is the word's spelling-tolerant key (electron/domain/name-keys.ts): quick search
 * finds full/defective spellings and names written in the other script through it.
 */
export const participantNameWords = sqliteTable(
  'participant_name_words',
  {
    word: text('word').notNull(),
    searchName: text('search_name').notNull(),
    wordKey: text('word_key').notNull().default(''),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('participant_name_words_word').on(t.word, t.searchName, t.participantId),
    index('participant_name_words_participant').on(t.participantId),
    index('participant_name_words_key').on(t.wordKey, t.word, t.participantId),
  ],
);

/** The participant timeline: status changes, screening, decisions, assignments (codes, never values). */
export const participantEvents = sqliteTable(
  'participant_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => staff.id),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [index('participant_events_participant').on(t.participantId, t.at)],
);

/** Data-processing consent at intake, and per-organisation disclosure consents. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    kind: text('kind', { enum: consentKinds }).notNull(),
    organisation: text('organisation'),
    scope: text('scope'),
    givenDate: text('given_date').notNull(),
    method: text('method', { enum: consentMethods }).notNull(),
    expiresDate: text('expires_date'),
    withdrawnDate: text('withdrawn_date'),
    recordedBy: integer('recorded_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('consents_participant').on(t.participantId)],
);
