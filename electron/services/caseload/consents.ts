import { AppError } from '../../domain/app-error';
import type { ConsentKind, ConsentMethod } from '../../domain/codes';
import { todayIso } from '../../domain/dates';
import { getConsent, insertConsent, withdrawConsent } from '../../../db/repositories/participants';
import type { StoreRuntime } from '../store/runtime';
import { assertMayWork, toConsentView } from './records';
import { requireParticipant } from './status';

export interface NewConsent {
  participantId: number;
  kind: ConsentKind;
  organisation?: string | undefined;
  scope?: string | undefined;
  givenDate: string;
  method: ConsentMethod;
  expiresDate?: string | undefined;
}

/** Records a consent on a case the user works on; a disclosure names whom it discloses to. */
export function addConsent(runtime: StoreRuntime, input: NewConsent) {
  assertMayWork(runtime, requireParticipant(runtime, input.participantId));
  if (input.kind === 'disclosure' && !input.organisation) {
    throw new AppError('invalid_input', 'errors.invalid_input', [
      { path: 'organisation', message: 'validation.consent_organisation_required' },
    ]);
  }
  const row = insertConsent(runtime.db(), { ...input, recordedBy: runtime.requireSession().userId }, runtime.now());
  runtime.audit({ action: 'record_created', entity: 'consent', entityId: row.id });
  return toConsentView(row, todayIso(runtime.now()));
}

export function withdrawConsentRecord(runtime: StoreRuntime, consentId: number, withdrawnDate: string) {
  const consent = getConsent(runtime.db(), consentId);
  if (!consent) throw new AppError('not_found', 'errors.consent.not_found');
  assertMayWork(runtime, requireParticipant(runtime, consent.participantId));
  const row = withdrawConsent(runtime.db(), consentId, withdrawnDate);
  runtime.audit({ action: 'record_updated', entity: 'consent', entityId: consentId, fields: ['withdrawnDate'] });
  return toConsentView(row ?? consent, todayIso(runtime.now()));
}
