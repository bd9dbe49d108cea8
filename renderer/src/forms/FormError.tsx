import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/result';
import { describeApiError } from '../api';

/** One number per error object, so each failure gets its own alert element. */
const errorIds = new WeakMap<ApiError, number>();
let nextErrorId = 0;

function idOf(error: ApiError): number {
  let id = errorIds.get(error);
  if (id === undefined) {
    id = nextErrorId += 1;
    errorIds.set(error, id);
  }
  return id;
}

/**
 * A form-level error, announced at once (role="alert"); field-level reasons are shown by the
 * fields. Screen readers announce an alert when it appears, not when an alert already on the
 * page is re-rendered with the same text: keyed by the error, a second identical failure (the
 * same wrong password twice) puts a new alert on the page and is heard again.
 */
export function FormError({ error, testId }: { error: ApiError | null; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert key={idOf(error)} color="red" variant="light" role="alert" data-testid={testId}>
      {describeApiError(error, t).message}
    </Alert>
  );
}
