import { AppError, type FieldIssue } from '../../domain/app-error';
import { findDuplicateCandidates } from '../../domain/duplicates';
import { isValidEmail, normaliseEmail } from '../../domain/email';
import { normaliseIsraeliId } from '../../domain/israeli-id';
import { normalisePhone } from '../../domain/phone';
import { isNotFuture, todayIso } from '../../domain/dates';
import { findByIdOrPhone, insertParticipant, type ParticipantRow } from '../../../db/repositories/participants';
import type { z } from 'zod';
import type { inquiryInputSchema } from '../../api/contracts/inquiries';
import type { StoreRuntime } from '../store/runtime';

type InquiryInput = z.output<typeof inquiryInputSchema>;

export interface ContactFields {
  nationalId?: string | null;
  phone?: string | null;
  email?: string | null;
  birthDate?: string | null;
}

/**
 * Checks and canonicalises the identifying fields every form shares: Israeli ID check digit,
 * Israeli phone numbers, email, and a birth date that is not in the future. All problems are
 * reported together, each under its field.
 */
export function normaliseContactFields(input: ContactFields, today: string): ContactFields {
  const issues: FieldIssue[] = [];
  const out: ContactFields = {};
  if (input.nationalId !== undefined) {
    out.nationalId = input.nationalId ? normaliseIsraeliId(input.nationalId) : null;
    if (input.nationalId && !out.nationalId) issues.push({ path: 'nationalId', message: 'validation.national_id' });
  }
  if (input.phone !== undefined) {
    out.phone = input.phone ? normalisePhone(input.phone) : null;
    if (input.phone && !out.phone) issues.push({ path: 'phone', message: 'validation.phone' });
  }
  if (input.email !== undefined) {
    out.email = input.email ? normaliseEmail(input.email) : null;
    if (input.email && !isValidEmail(input.email)) issues.push({ path: 'email', message: 'validation.email' });
  }
  if (input.birthDate !== undefined) {
    out.birthDate = input.birthDate;
    if (input.birthDate && !isNotFuture(input.birthDate, today))
      issues.push({ path: 'birthDate', message: 'validation.date_in_future' });
  }
  if (issues.length) throw new AppError('invalid_input', 'errors.invalid_input', issues);
  return out;
}

export type CreateInquiryResult =
  | { kind: 'created'; id: number }
  | {
      kind: 'duplicates';
      candidates: (Pick<ParticipantRow, 'id' | 'firstName' | 'lastName' | 'phone' | 'status'> & {
        reason: 'same_id' | 'same_phone_similar_name';
      })[];
    };

/**
 * Records the first call. Before creating, looks for the same person (same national id, or
 * same phone and a similar name) and offers those records instead; `force` creates anyway,
 * except over an existing national id, which would be the same person twice.
 */
export function createInquiry(runtime: StoreRuntime, input: InquiryInput): CreateInquiryResult {
  const db = runtime.db();
  const now = runtime.now();
  const contact = normaliseContactFields(
    {
      nationalId: input.nationalId ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      birthDate: input.birthDate ?? null,
    },
    todayIso(now),
  );
  const existing = findByIdOrPhone(db, contact.nationalId ?? null, contact.phone ?? null);
  const matches = findDuplicateCandidates(
    {
      firstName: input.firstName,
      lastName: input.lastName,
      nationalId: contact.nationalId ?? null,
      phone: contact.phone ?? null,
    },
    existing,
  );
  const sameId = matches.some((m) => m.reasons.includes('same_id'));
  if (matches.length > 0 && (!input.force || sameId)) {
    return {
      kind: 'duplicates',
      candidates: matches.map(({ person, reasons }) => ({
        id: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        phone: person.phone,
        status: person.status,
        reason: reasons[0] as 'same_id' | 'same_phone_similar_name',
      })),
    };
  }
  const actorId = runtime.actorId();
  const row = runtime.sqlite().transaction(() => {
    const created = insertParticipant(
      db,
      {
        status: 'inquiry',
        firstName: input.firstName,
        lastName: input.lastName,
        nationalId: contact.nationalId ?? null,
        phone: contact.phone ?? null,
        email: contact.email ?? null,
        gender: input.gender ?? null,
        birthDate: contact.birthDate ?? null,
        ageAtInquiry: input.age ?? null,
        city: input.city ?? null,
        recruitmentSource: input.recruitmentSource ?? null,
        heardHow: input.heardHow ?? null,
      },
      actorId,
      now,
    );
    runtime.audit({ action: 'record_created', entity: 'participant', entityId: created.id });
    return created;
  })();
  return { kind: 'created', id: row.id };
}
