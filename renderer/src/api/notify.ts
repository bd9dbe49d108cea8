import { notifications } from '@mantine/notifications';
import i18next, { type TFunction } from 'i18next';
import type { ApiError } from '../../../electron/api/result';

/** The translated lines of an error: the message, then one line per failing field. */
export function describeApiError(error: ApiError, t: TFunction = i18next.t): { message: string; fieldLines: string[] } {
  const fallback = t(`errors.${error.code}`, { defaultValue: t('errors.internal') });
  const message = t(error.message, { defaultValue: fallback });
  const fieldLines = (error.fields ?? []).map((issue) =>
    t('notifications.fieldMessage', {
      field: t(`fields.${issue.path}`, { defaultValue: issue.path }),
      message: t(issue.message, { defaultValue: t('validation.custom') }),
    }),
  );
  return { message, fieldLines };
}

export function showApiError(error: ApiError, t: TFunction = i18next.t): void {
  const { message, fieldLines } = describeApiError(error, t);
  notifications.show({
    color: 'red',
    title: t('notifications.errorTitle'),
    message: fieldLines.length ? [message, ...fieldLines].join('\n') : message,
    autoClose: 8000,
    closeButtonProps: { 'aria-label': t('common.close') },
    // Preserves the newline between the message and the per-field lines.
    style: { whiteSpace: 'pre-line' },
  });
}

export function showSuccess(message: string, t: TFunction = i18next.t): void {
  notifications.show({
    color: 'teal',
    title: t('notifications.successTitle'),
    message,
    autoClose: 4000,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}
