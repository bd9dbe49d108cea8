import type { TFunction } from 'i18next';

/**
 * A backup problem code in words. Codes come from the backup service and its verifier:
 * BackupError and store error codes, container faults, `row_count_mismatch:<table>`, and
 * file-system codes such as ENOSPC; an unknown code is shown as it is.
 */
export function backupProblemLabel(t: TFunction, code: string): string {
  const [kind, table] = code.split(':', 2);
  if (kind === 'row_count_mismatch' && table) return t('backups.problems.row_count_mismatch', { table });
  return t(`backups.problems.${code}`, { defaultValue: t('backups.problems.other', { code }) });
}
