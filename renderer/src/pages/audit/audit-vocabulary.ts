import i18next, { type TFunction } from 'i18next';
import { backupProblemLabel } from '../settings/backup-problems';

/**
 * The actions the audit log records (db/repositories/audit.ts `AuditAction`), for the filter.
 * Repeated here because the renderer cannot import database code; an action missing from
 * this list still shows in the log, under its raw name.
 */
export const auditActions = [
  'store_created',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'lock',
  'unlock',
  'password_changed',
  'recovery_key_regenerated',
  'account_created',
  'account_updated',
  'account_deactivated',
  'account_reactivated',
  'account_recovered',
  'record_viewed',
  'record_created',
  'record_updated',
  'record_deleted',
  'export',
  'print',
  'backup_created',
  'backup_failed',
  'restore',
  'settings_changed',
  'store_verified',
] as const;

export const actionLabel = (t: TFunction, action: string) => t(`audit.actions.${action}`, { defaultValue: action });

export const entityLabel = (t: TFunction, entity: string) => t(`audit.entities.${entity}`, { defaultValue: entity });

export const fieldLabel = (t: TFunction, field: string) => t(`audit.fields.${field}`, { defaultValue: field });

/** Outcomes are lock reasons, failure kinds, or a failed backup's problem code. */
export const outcomeLabel = (t: TFunction, outcome: string) =>
  i18next.exists(`audit.outcomes.${outcome}`) ? t(`audit.outcomes.${outcome}`) : backupProblemLabel(t, outcome);

/** A chain problem code from audit.verify, in words. */
export const chainProblemLabel = (t: TFunction, problem: string | null) =>
  problem ? t(`audit.chainProblems.${problem}`, { defaultValue: problem }) : '';
