import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { useSession } from '../../session/SessionContext';
import { ClientStatusLine } from './ClientStatusLine';
import { ConnectForm } from './ConnectForm';
import { HostSection } from './HostSection';

/**
 * Settings' "centre PC and other PCs": on a PC connected to the centre PC, where it works and
 * disconnecting; otherwise the centre PC's own sharing. `lan.clientStatus` is answered by this
 * PC's own process, and refused on a PC that keeps its own store: that refusal means "host".
 */
export function LanSettings() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const client = useApiQuery('lan.clientStatus', {});
  if (client.isPending) return null;
  const mode = client.data?.mode ?? 'host';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lan-settings-title">
      <Stack gap="md">
        <Title order={2} fz="h4" id="lan-settings-title">
          {t('lan.title')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('lan.intro')}
        </Text>
        {mode === 'client' && client.data && (
          <ClientStatusLine status={client.data} onDisconnected={() => void refresh()} />
        )}
        {mode === 'standalone' && (
          <>
            <Text fz="sm">{t('lan.connect.standaloneHint')}</Text>
            <ConnectForm onConnected={() => refresh()} />
          </>
        )}
        {mode === 'host' && <HostSection />}
      </Stack>
    </Card>
  );
}
