import type { TFunction } from 'i18next';
import type { ApiError } from '../../../electron/api/result';

export type FieldErrors = Partial<Record<string, string>>;

/** The server's per-field reasons, translated, keyed by input path ('phone', 'forms.commitment'). */
export function serverFieldErrors(error: ApiError, t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.fields ?? []) {
    out[issue.path] ??= t(issue.message, { defaultValue: t('validation.custom') });
  }
  return out;
}

/** Reasons the form has no field for; shown above the form so none is lost. */
export function unplacedError(error: ApiError, paths: readonly string[]): boolean {
  const fields = error.fields ?? [];
  return (
    fields.length === 0 ||
    fields.some((issue) => !paths.some((path) => issue.path === path || issue.path.startsWith(`${path}.`)))
  );
}

/** Moves focus to the first field marked invalid, so a keyboard user lands on the problem. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
