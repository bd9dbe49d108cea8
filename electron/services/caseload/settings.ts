import { eq } from 'drizzle-orm';
import { todayIso } from '../../domain/dates';
import {
  DEFAULT_CRITERIA,
  eligibilityCriteriaSchema,
  evaluateEligibility,
  type EligibilityCriteria,
  type ScreeningAnswers,
} from '../../domain/eligibility';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema/settings';
import type { StoreRuntime } from '../store/runtime';

export interface RequiredForm {
  key: string;
  he: string;
  en: string;
}

/** The forms a centre usually requires before intake (DOMAIN.md: intake is not held until they are in). */
export const DEFAULT_REQUIRED_FORMS: RequiredForm[] = [
  { key: 'registration', he: 'טופס הרשמה', en: 'Registration form' },
  { key: 'data_consent', he: 'הסכמה לעיבוד מידע', en: 'Data-processing consent' },
  { key: 'commitment', he: 'הסכם מחויבות', en: 'Commitment agreement' },
];

function readJson(db: Db, key: string): unknown {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

function writeJson(db: Db, key: string, value: unknown, now: Date): void {
  db.insert(settings)
    .values({ key, value, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now.toISOString() } })
    .run();
}

export function getCriteria(db: Db): EligibilityCriteria {
  const parsed = eligibilityCriteriaSchema.safeParse(readJson(db, 'eligibility.criteria'));
  return parsed.success ? parsed.data : DEFAULT_CRITERIA;
}

export function setCriteria(db: Db, criteria: EligibilityCriteria, now: Date): EligibilityCriteria {
  writeJson(db, 'eligibility.criteria', criteria, now);
  return criteria;
}

export function getRequiredForms(db: Db): RequiredForm[] {
  const value = readJson(db, 'intake.requiredForms');
  return Array.isArray(value) ? (value as RequiredForm[]) : DEFAULT_REQUIRED_FORMS;
}

export function setRequiredForms(db: Db, forms: RequiredForm[], now: Date): RequiredForm[] {
  writeJson(db, 'intake.requiredForms', forms, now);
  return forms;
}

/** A coordinator's change of the centre's eligibility criteria, audited. */
export function saveCriteria(runtime: StoreRuntime, criteria: EligibilityCriteria): EligibilityCriteria {
  const saved = setCriteria(runtime.db(), criteria, runtime.now());
  runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['eligibility.criteria'] });
  return saved;
}

/** Screening answers measured against the centre's criteria as of today. */
export function evaluateAnswers(runtime: StoreRuntime, answers: ScreeningAnswers) {
  return evaluateEligibility(getCriteria(runtime.db()), answers, todayIso(runtime.now()));
}

/** A coordinator's change of the forms intake requires, audited. */
export function saveRequiredForms(runtime: StoreRuntime, forms: RequiredForm[]): RequiredForm[] {
  const saved = setRequiredForms(runtime.db(), forms, runtime.now());
  runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['intake.requiredForms'] });
  return saved;
}
