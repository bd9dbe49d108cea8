import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LAN_PORT } from '../../../../electron/api/contracts/lan';
import { showApiError, showSuccess, useApi } from '../../api';
import { isolate } from '../../format';
import type { ClientStatus } from './ConnectForm';
import { Fingerprint } from './Fingerprint';
import { hostLabel } from './lan-format';

/**
 * On a PC connected to the centre PC: where its records live, the pinned fingerprint, and
 * disconnecting (asked first). Disconnecting leaves this PC without a store, so the whole
 * screen goes back to "connect to the centre PC" through `onDisconnected`.
 */
export function ClientStatusLine({ status, onDisconnected }: { status: ClientStatus; onDisconnected: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const address = hostLabel(status.host ?? '', status.port, DEFAULT_LAN_PORT);

  const confirmDisconnect = () =>
    modals.openConfirmModal({
      title: t('lan.client.disconnectTitle'),
      children: <Text>{t('lan.client.disconnectBody')}</Text>,
      labels: { confirm: t('lan.client.disconnectConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const result = await api['lan.disconnect']({});
        if (!result.ok) return showApiError(result.error, t);
        showSuccess(t('lan.client.disconnected'));
        onDisconnected();
      },
    });

  return (
    <Stack gap="sm" data-testid="lan-client">
      <Text fw={500} role="status" data-testid="lan-client-working">
        {t('lan.client.working', { address: isolate(address) })}
      </Text>
      {status.fingerprint && (
        <Stack gap={4}>
          <Text fz="sm" c="dimmed">
            {t('lan.client.fingerprint')}
          </Text>
          <Fingerprint value={status.fingerprint} />
        </Stack>
      )}
      {status.keyProtection && (
        <Text fz="sm" c="dimmed" data-testid="lan-client-key">
          {t(status.keyProtection === 'os' ? 'lan.client.keyOs' : 'lan.client.keyFile')}
        </Text>
      )}
      <Group>
        <Button variant="default" color="red" onClick={confirmDisconnect} data-testid="lan-disconnect">
          {t('lan.client.disconnect')}
        </Button>
      </Group>
    </Stack>
  );
}
