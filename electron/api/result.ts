import type { ErrorCode, FieldIssue } from '../domain/app-error';

export { AppError, errorCodes, type ErrorCode, type FieldIssue } from '../domain/app-error';

/** The one result shape that crosses every process boundary. */
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
