import type { z } from 'zod';
import { AppError } from '../../domain/app-error';
import type { Session } from '../store/session';
import type { participantPatchSchema, participantSchema } from '../../api/contracts/participants';
import { contactFieldNames, contactOnlyEditors, withheldSections, type RestrictedSection } from '../../domain/roles';
import { currentAge, daysBetween, todayIso } from '../../domain/dates';
import { screeningAnswersSchema, type ScreeningAnswers } from '../../domain/eligibility';
import { getService } from '../../../db/repositories/directory';
import {
  listConsents,
  listParticipantEvents,
  updateParticipant,
  type ConsentRow,
  type ParticipantRow,
} from '../../../db/repositories/participants';
import { listStaff } from '../../../db/repositories/staff';
import type { StoreRuntime } from '../store/runtime';
import { normaliseContactFields } from './inquiries';
import { requireParticipant } from './status';

type ParticipantView = z.output<typeof participantSchema>;
type Patch = z.output<typeof participantPatchSchema>;

/** What a navigator may change: who the person is and how to reach them, nothing of the case. */
const contactFields = new Set<keyof Patch>(contactFieldNames);

/** A coach works on their own caseload only; coordinators on every case. */
export function assertMayWork(runtime: StoreRuntime, row: ParticipantRow): void {
  const me = runtime.requireSession();
  if (me.role === 'coordinator') return;
  if (me.role === 'coach' && row.coachId === me.userId) return;
  throw new AppError('forbidden', 'errors.participant.not_your_caseload');
}

function mayEdit(me: Session, row: ParticipantRow): boolean {
  return me.role === 'coordinator' || me.role === 'navigator' || (me.role === 'coach' && row.coachId === me.userId);
}

export function consentState(consent: ConsentRow, today: string): 'active' | 'expired' | 'withdrawn' {
  if (consent.withdrawnDate && consent.withdrawnDate <= today) return 'withdrawn';
  if (consent.expiresDate && consent.expiresDate < today) return 'expired';
  return 'active';
}

export function toConsentView(consent: ConsentRow, today: string) {
  const { participantId: _p, recordedBy: _r, createdAt: _c, ...rest } = consent;
  return { ...rest, state: consentState(consent, today) };
}

/** Answers recorded under older criteria may no longer fit the schema; show none rather than fail. */
function storedAnswers(row: ParticipantRow): ScreeningAnswers | null {
  const parsed = screeningAnswersSchema.safeParse(row.screeningAnswers);
  return parsed.success ? parsed.data : null;
}

/** The record as this user may see it: a navigator gets contact details and screening only. */
export function participantView(runtime: StoreRuntime, row: ParticipantRow): ParticipantView {
  const me = runtime.requireSession();
  const db = runtime.db();
  const today = todayIso(runtime.now());
  const withheld = withheldSections(me.role);
  const hidden = (section: RestrictedSection) => withheld.includes(section);
  const coach = row.coachId === null ? undefined : listStaff(db).find((s) => s.id === row.coachId);
  const service = row.referralServiceId === null ? undefined : getService(db, row.referralServiceId);
  return {
    id: row.id,
    status: row.status,
    firstName: row.firstName,
    lastName: row.lastName,
    nationalId: row.nationalId,
    phone: row.phone,
    email: row.email,
    gender: row.gender,
    birthDate: row.birthDate,
    age: currentAge({ ...row, inquiredOn: row.createdAt.slice(0, 10) }, today),
    city: row.city,
    address: row.address,
    recruitmentSource: row.recruitmentSource as ParticipantView['recruitmentSource'],
    heardHow: row.heardHow,
    track: row.track,
    trafficLight: row.trafficLight,
    coachId: row.coachId,
    coachName: coach?.displayName ?? null,
    intakeScheduledDate: row.intakeScheduledDate,
    enrolmentDate: row.enrolmentDate,
    exitDate: row.exitDate,
    exitReason: row.exitReason as ParticipantView['exitReason'],
    previousOccupation: row.previousOccupation,
    yearsExperience: row.yearsExperience,
    education: row.education as ParticipantView['education'],
    languages: row.languages ?? [],
    commitmentSignedDate: row.commitmentSignedDate,
    forms: row.forms ?? {},
    lastContactDate: row.lastContactDate,
    daysSinceContact: row.lastContactDate ? daysBetween(row.lastContactDate, today) : null,
    screening: {
      outcome: row.screeningOutcome,
      answers: storedAnswers(row),
      screenedAt: row.screenedAt,
      referralService: service ? { id: service.id, name: service.name, phone: service.phone } : null,
      decision: row.decision,
      decisionReason: row.decisionReason,
      decidedAt: row.decidedAt,
    },
    populationTags: hidden('populationTags') ? null : ((row.populationTags ?? []) as ParticipantView['populationTags']),
    notes: hidden('notes') ? null : row.notes,
    consents: hidden('consents') ? null : listConsents(db, row.id).map((c) => toConsentView(c, today)),
    withheld,
    canEdit: mayEdit(me, row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Opening a record is itself audited (who looked at whom), by id only. */
export function openParticipant(runtime: StoreRuntime, id: number): ParticipantView {
  const row = requireParticipant(runtime, id);
  runtime.audit({ action: 'record_viewed', entity: 'participant', entityId: id });
  return participantView(runtime, row);
}

export function updateParticipantRecord(
  runtime: StoreRuntime,
  id: number,
  patch: Patch,
  expectedUpdatedAt?: string,
): ParticipantView {
  const me = runtime.requireSession();
  const row = requireParticipant(runtime, id);
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updatedAt) {
    throw new AppError('conflict', 'errors.participant.changed_elsewhere');
  }
  if (contactOnlyEditors.includes(me.role)) {
    const outside = Object.keys(patch).filter((key) => !contactFields.has(key as keyof Patch));
    if (outside.length)
      throw new AppError(
        'forbidden',
        'errors.participant.navigator_contact_only',
        outside.map((path) => ({ path, message: 'errors.participant.navigator_contact_only' })),
      );
  } else {
    assertMayWork(runtime, row);
  }
  const contact = normaliseContactFields(
    { nationalId: patch.nationalId, phone: patch.phone, email: patch.email, birthDate: patch.birthDate },
    todayIso(runtime.now()),
  );
  const values = { ...patch, ...Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)) };
  try {
    runtime.sqlite().transaction(() => {
      const { changed } = updateParticipant(runtime.db(), id, values, me.userId, runtime.now());
      if (changed.length)
        runtime.audit({ action: 'record_updated', entity: 'participant', entityId: id, fields: changed });
    })();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('conflict', 'errors.participant.id_exists', [
        { path: 'nationalId', message: 'errors.participant.id_exists' },
      ]);
    }
    throw error;
  }
  return participantView(runtime, requireParticipant(runtime, id));
}

export function timeline(runtime: StoreRuntime, id: number) {
  requireParticipant(runtime, id);
  const names = new Map(listStaff(runtime.db()).map((s) => [s.id, s.displayName]));
  return listParticipantEvents(runtime.db(), id).map((event) => ({
    id: event.id,
    at: event.at,
    actorName: event.actorId === null ? null : (names.get(event.actorId) ?? null),
    kind: event.kind,
    fromStatus: event.fromStatus as ParticipantView['status'] | null,
    toStatus: event.toStatus as ParticipantView['status'] | null,
    detail: event.detail ?? null,
  }));
}
