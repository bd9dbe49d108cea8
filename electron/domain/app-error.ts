/**
 * The failures every layer may report. `messageKey` is always an i18n key so the renderer can
 * translate it; `fields` names the inputs that failed validation. The API turns an AppError
 * into its `{ ok: false }` result.
 */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'wrong_password',
  'store_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the failing input field, e.g. `participant.phone`. */
  path: string;
  /** i18n key of the reason, e.g. `validation.too_small`. */
  message: string;
}

/** Thrown for expected failures; the dispatcher turns it into a `Result`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly fields?: FieldIssue[],
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}
