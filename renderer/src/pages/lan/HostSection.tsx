import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { describeApiError, showApiError, useApiAction, useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { DevicesTable } from './DevicesTable';
import { CopyText, Fingerprint } from './Fingerprint';
import { HostForm, type LanStatus } from './HostForm';
import { PairingPanel } from './PairingPanel';

type Pairing = MethodOutput<'lan.startPairing'>;

/** The coordinator's side on the centre PC: sharing on or off, where to reach it, adding and removing PCs. */
export function HostSection() {
  const { t } = useTranslation();
  const status = useApiQuery('lan.status', {});
  const devices = useApiQuery('lan.devices', {});
  const start = useApiAction('lan.startPairing');
  const [pairing, setPairing] = useState<Pairing | null>(null);
  /** The last removal, said in the live line under the list. */
  const [said, setSaid] = useState('');

  const newCode = async () => {
    const result = await start.run({});
    if (!result.ok) return showApiError(result.error, t);
    setPairing(result.value);
  };

  // This process was started without host mode (a plain `npm start`, the CLI without --lan):
  // a fact about this PC, said plainly rather than as a failure.
  if (status.error?.apiError.message === 'errors.lan.host_unavailable')
    return (
      <Text c="dimmed" data-testid="lan-host-unavailable">
        {describeApiError(status.error.apiError, t).message}
      </Text>
    );

  return (
    <Stack gap="md" data-testid="lan-host">
      <QueryState query={status} retry={false} />
      {status.data && (
        <>
          {/* Keyed by the saved values, so the form starts again from what the server holds. */}
          <HostForm key={JSON.stringify([status.data.enabled, status.data.port])} status={status.data} />
          <StateLine status={status.data} />
          {status.data.listening && (
            <Reach status={status.data} onAdd={() => void newCode()} adding={start.pending && pairing === null} />
          )}
        </>
      )}
      {pairing && status.data && (
        <PairingPanel
          pairing={pairing}
          addresses={status.data.addresses}
          port={status.data.port}
          onNewCode={() => void newCode()}
          renewing={start.pending}
          onClose={() => {
            setPairing(null);
            // The PC just added shows up in the list.
            void devices.refetch();
          }}
        />
      )}
      <Title order={3} fz="h5">
        {t('lan.devices.title')}
      </Title>
      <QueryState query={devices} />
      {devices.data && (
        <DevicesTable devices={devices.data} onRevoked={(name) => setSaid(t('lan.devices.revokedDone', { name }))} />
      )}
      <Text role="status" fz="sm" c="teal.9" data-testid="lan-devices-said">
        {said}
      </Text>
    </Stack>
  );
}

/** Off, waiting for the store, or shared: one sentence, announced when it changes. */
function StateLine({ status }: { status: LanStatus }) {
  const { t } = useTranslation();
  const key = !status.enabled ? 'lan.host.off' : status.listening ? 'lan.host.listening' : 'lan.host.waiting';
  return (
    <Text role="status" fw={500} c={status.listening ? 'teal.9' : 'dimmed'} data-testid="lan-host-state">
      {t(key)}
    </Text>
  );
}

/** What staff read from this PC to the other one: its addresses, port and fingerprint. */
function Reach({ status, onAdd, adding }: { status: LanStatus; onAdd: () => void; adding: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Table variant="vertical" withTableBorder={false} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>{t('lan.host.addresses')}</Table.Th>
            <Table.Td data-testid="lan-host-addresses">
              <Stack gap={4}>
                {status.addresses.map((address) => (
                  <Group key={address} gap="sm">
                    <Text className="kesher-mono" fz="lg" fw={600} dir="ltr">
                      {address}
                    </Text>
                    <CopyText value={address} what={t('lan.host.addresses')} />
                  </Group>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('lan.host.port')}</Table.Th>
            <Table.Td>
              <Text className="kesher-mono" dir="ltr" span>
                {status.port}
              </Text>
            </Table.Td>
          </Table.Tr>
          {status.fingerprint && (
            <Table.Tr>
              <Table.Th>{t('lan.host.fingerprint')}</Table.Th>
              <Table.Td>
                <Fingerprint value={status.fingerprint} testId="lan-host-fingerprint" />
                <Text fz="xs" c="dimmed" mt={4}>
                  {t('lan.host.fingerprintHint')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={onAdd} loading={adding} data-testid="lan-add-pc">
          {t('lan.pairing.add')}
        </Button>
      </Group>
    </>
  );
}
