import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeApiError, useApiQuery } from '../../api';
import { SettingsForm } from './SettingsForm';

/** The centre's own settings, for coordinators. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} fz="h2">
        {t('nav.settings')}
      </Title>
      {settings.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.loading')}</Text>
        </Group>
      )}
      {settings.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeApiError(settings.error.apiError, t).message}
        </Alert>
      )}
      {settings.data && (
        <Card withBorder padding="lg">
          {/* Keyed by the saved values, so the form starts again from what the server holds. */}
          <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
        </Card>
      )}
    </Stack>
  );
}
