import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { LanSettings } from '../lan/LanSettings';
import { SettingsForm } from './SettingsForm';

/** The centre's own settings, for coordinators. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1} fz="h2">
        {t('nav.settings')}
      </Title>
      <QueryState query={settings} retry={false} />
      {settings.data && (
        <Card withBorder padding="lg">
          {/* Keyed by the saved values, so the form starts again from what the server holds. */}
          <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
        </Card>
      )}
      <LanSettings />
    </Stack>
  );
}
