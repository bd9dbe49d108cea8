/** Kesher's own code lists for workshop rosters; workshop types and attendance statuses are CRF-1 codes in codes.ts. */
import { z } from 'zod';

/** Who a catalogue type is for (DOMAIN "Group answers"). */
export const workshopAudiences = ['salaried', 'self_employed', 'both'] as const;
export const workshopAudienceSchema = z.enum(workshopAudiences);
export type WorkshopAudience = (typeof workshopAudiences)[number];

export const sessionStatuses = ['scheduled', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = (typeof sessionStatuses)[number];

/** A place on a course, a place on its wait list (in order), or withdrawn. */
export const enrolmentStatuses = ['enrolled', 'waitlisted', 'withdrawn'] as const;
export const enrolmentStatusSchema = z.enum(enrolmentStatuses);
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];
