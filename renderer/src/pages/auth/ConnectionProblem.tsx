import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { describeApiError } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';

/** auth.status itself failed: no token in this tab, or the server is gone. */
export function ConnectionProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthLayout titleKey="gate.connectionProblem">
      <Stack gap="md" align="flex-start">
        <Alert color="red" variant="light" role="alert" w="100%">
          {describeApiError(error, t).message}
        </Alert>
        <Button variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
