import type { ApiError, Result } from '../../../electron/api/result';

/**
 * Carries an error `Result` through react-query's error channel. The message is the i18n
 * key, never user input, so it is safe to surface in logs and dev tools.
 */
export class ApiFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiFailure';
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.apiError;
  return { code: 'internal', message: 'errors.internal' };
}
