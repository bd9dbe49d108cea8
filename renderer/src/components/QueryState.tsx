import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../api';
import type { ApiFailure } from '../api/failure';

interface QueryStateProps {
  query: { isPending: boolean; isError: boolean; error: ApiFailure | null; refetch: () => unknown };
  /** Offers to ask again beside the error. */
  retry?: boolean;
}

/** The loading line or the translated error of a query; nothing once the data is in. */
export function QueryState({ query, retry = true }: QueryStateProps) {
  const { t } = useTranslation();
  if (query.isError && query.error) {
    const message = describeApiError(query.error.apiError, t).message;
    return (
      <Alert color="red" variant="light" role="alert">
        {retry ? (
          <Group justify="space-between" gap="sm">
            <Text size="sm">{message}</Text>
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        ) : (
          message
        )}
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
