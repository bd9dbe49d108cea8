import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../api';
import type { ApiFailure } from '../../../api/failure';

/** The loading line or the translated error of a query; nothing once the data is in. */
export function QueryState({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: ApiFailure | null; refetch: () => unknown };
}) {
  const { t } = useTranslation();
  if (query.isError && query.error) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Group justify="space-between" gap="sm">
          <Text size="sm">{describeApiError(query.error.apiError, t).message}</Text>
          <Button size="xs" variant="default" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (query.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  }
  return null;
}
