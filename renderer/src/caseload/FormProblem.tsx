import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/result';
import { describeApiError } from '../api';

/** A form-level problem, announced at once; per-field reasons are shown beside their fields. */
export function FormProblem({ error, testId }: { error: ApiError | null; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {describeApiError(error, t).message}
    </Alert>
  );
}
