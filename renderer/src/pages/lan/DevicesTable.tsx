import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LanDevice } from '../../../../electron/api/contracts/lan';
import { showApiError, useApi } from '../../api';
import { ListTable } from '../../components/ListTable';
import { formatDateTime, isolate } from '../../format';

/**
 * The centre's other PCs: when each was connected, when it last called, and whether it was
 * removed. Removing one asks first, naming the PC; the result is said in the live line below.
 */
export function DevicesTable({ devices, onRevoked }: { devices: LanDevice[]; onRevoked: (name: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();

  const confirmRevoke = (device: LanDevice) =>
    modals.openConfirmModal({
      title: t('lan.devices.revokeTitle'),
      children: (
        <Stack gap="xs">
          <Text>{t('lan.devices.revokeBody')}</Text>
          <Text fw={500}>{t('lan.devices.revokeQuestion', { name: device.name })}</Text>
        </Stack>
      ),
      labels: { confirm: t('lan.devices.revokeConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const result = await api['lan.revokeDevice']({ deviceId: device.id });
        if (!result.ok) return showApiError(result.error, t);
        await queryClient.invalidateQueries({ queryKey: ['lan.devices'] });
        onRevoked(device.name);
      },
    });

  if (devices.length === 0) return <Text c="dimmed">{t('lan.devices.none')}</Text>;
  return (
    <ListTable
      columns={[t('lan.devices.name'), t('lan.devices.pairedAt'), t('lan.devices.lastSeen'), t('lan.devices.state')]}
      actionsLabel={t('lan.devices.actions')}
      minWidth={720}
      testId="lan-devices"
    >
      {devices.map((device) => (
        <Table.Tr key={device.id} data-testid="lan-device-row">
          <Table.Td>
            <bdi>{device.name}</bdi>
          </Table.Td>
          <Table.Td>
            <bdi>{formatDateTime(device.pairedAt)}</bdi>
          </Table.Td>
          <Table.Td>
            {device.lastSeenAt ? <bdi>{formatDateTime(device.lastSeenAt)}</bdi> : t('lan.devices.never')}
          </Table.Td>
          <Table.Td>
            {device.revokedAt ? (
              <Badge color="red" variant="light">
                {t('lan.devices.revoked', { at: isolate(formatDateTime(device.revokedAt)) })}
              </Badge>
            ) : (
              <Badge color="teal" variant="light">
                {t('lan.devices.active')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            {!device.revokedAt && (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => confirmRevoke(device)}>
                {t('lan.devices.revoke')}
                <VisuallyHidden> {device.name}</VisuallyHidden>
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
