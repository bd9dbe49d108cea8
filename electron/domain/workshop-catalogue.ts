/**
 * The 27 CRF-1 workshop types as a catalogue: who each is for, how many meetings a run
 * usually has and how long each meeting is (DOMAIN "Group answers — the workshop catalogue"),
 * and whether it is a drop-in that takes no enrolment. Names live in the renderer's i18n
 * (workshops.type.<CODE>), so the catalogue carries codes only.
 */
import { isDropInWorkshopType, workshopTypes, type WorkshopType } from './codes';
import type { WorkshopAudience } from './workshops';

export interface CatalogueEntry {
  type: WorkshopType;
  audience: WorkshopAudience;
  /** Meetings in one run; null where DOMAIN names none (ongoing drop-ins, external courses, "other"). */
  defaultMeetings: number | null;
  /** Hours per meeting; null where DOMAIN gives no length, and the coordinator types the times. */
  hoursPerMeeting: number | null;
  dropIn: boolean;
}

type Defaults = Omit<CatalogueEntry, 'type' | 'dropIn'>;

const day = (audience: WorkshopAudience): Defaults => ({ audience, defaultMeetings: 1, hoursPerMeeting: null });
const course = (audience: WorkshopAudience, defaultMeetings: number | null, hoursPerMeeting: number | null = null) => ({
  audience,
  defaultMeetings,
  hoursPerMeeting,
});

/** One line per type, in the order of codes.ts; the comment is the DOMAIN table's wording. */
const defaults: Record<WorkshopType, Defaults> = {
  EXPOSURE: day('both'), // exposure conference, all, 1 meeting
  OPENING: day('both'), // the report's recommended one-day opening workshop
  SALARIED_OR_SELF: day('both'), // 1 day
  MOTIVATION: course('both', 3), // 3 meetings, ends with a personal action plan
  NETWORKING: day('both'), // 1 day
  VISION_A: day('salaried'), // 1 day each
  VISION_B: day('salaried'),
  ORIENTATION: day('salaried'),
  FACEBOOK_BEG: day('salaried'),
  FACEBOOK_ADV: day('salaried'),
  LINKEDIN_BEG: day('salaried'),
  LINKEDIN_ADV: day('salaried'),
  CAREER_INIT: course('both', 6),
  // 6–7 meetings × 4 h; the lower figure, since a seventh is added as a single session.
  BACK_TO_WORK: course('salaried', 6, 4),
  BUSINESS_ADAPTED: course('self_employed', 14, 4), // 14 meetings, 56 h
  BUSINESS_STANDARD: course('self_employed', 14, 4),
  FREELANCERS: course('self_employed', 11),
  SELF_EMPLOYED_CORE: course('self_employed', null), // the track's core workshop, length set per centre
  JOB_CLUB: course('salaried', null), // ongoing drop-in, no registration
  BUSINESS_SPACE: course('self_employed', null), // ongoing
  OFFICE_BEG: course('salaried', 10),
  OFFICE_ADV: course('salaried', 10),
  EXCEL_BEG: course('salaried', 4),
  EXCEL_ADV: course('salaried', 4),
  MOL_TRAINING: course('salaried', null), // external, by voucher
  EVENT: course('both', null), // the open weekly event day
  OTHER: course('both', null),
};

export const workshopCatalogue: readonly CatalogueEntry[] = workshopTypes.map((type) => ({
  type,
  ...defaults[type],
  dropIn: isDropInWorkshopType(type),
}));

export function catalogueEntry(type: WorkshopType): CatalogueEntry {
  return { type, ...defaults[type], dropIn: isDropInWorkshopType(type) };
}
