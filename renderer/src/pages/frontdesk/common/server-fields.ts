import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../../electron/api/result';

/**
 * The server's per-field reasons, translated. A reason with no translation of its own falls
 * back to this form's sentence for that field, then to the generic "the value is not valid".
 */
export function serverFieldErrors(
  error: ApiError,
  t: TFunction,
  fallbackFor: (path: string) => string | undefined = () => undefined,
): Record<string, string> {
  return Object.fromEntries(
    (error.fields ?? []).map((issue) => {
      const fallbackKey = fallbackFor(issue.path);
      const fallback = fallbackKey ? t(fallbackKey) : t('validation.custom');
      return [issue.path, t(issue.message, { defaultValue: fallback })];
    }),
  );
}
