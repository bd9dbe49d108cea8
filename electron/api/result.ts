/**
 * The one result shape that crosses every process boundary. `message` is always an i18n key
 * so the renderer can translate it; `fields` names the inputs that failed validation.
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

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message = `errors.${code}`, fields?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/** Thrown inside handlers for expected failures; the dispatcher turns it into a `Result`. */
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
