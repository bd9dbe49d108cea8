import { Alert, Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { Fingerprint } from './Fingerprint';
import { formatCountdown, formatPairingCode, secondsLeft } from './lan-format';

type Pairing = MethodOutput<'lan.startPairing'>;

/**
 * "Add a PC": the one-time code, large enough to read across a room, with the time it has left
 * and the fingerprint the other PC may check. The countdown is seen, not spoken every second:
 * screen readers hear the minutes left when the code appears and once more when it expires.
 */
export function PairingPanel({
  pairing,
  addresses,
  port,
  onNewCode,
  renewing,
  onClose,
}: {
  pairing: Pairing;
  addresses: readonly string[];
  port: number | null;
  onNewCode: () => void;
  renewing: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const left = useSecondsLeft(pairing.expiresAt);
  const expired = left === 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        <Title order={2} fz="h4">
          {t('lan.pairing.title')}
        </Title>
      }
      size="lg"
      centered
    >
      <Stack gap="md" data-testid="lan-pairing">
        <Text>{t('lan.pairing.steps')}</Text>
        <Table variant="vertical" withTableBorder={false} layout="fixed" maw={520} mx="auto">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>{t('lan.host.addresses')}</Table.Th>
              <Table.Td>
                {addresses.map((address) => (
                  <Text key={address} className="kesher-mono" fz="xl" fw={600} dir="ltr" ta="start">
                    {address}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('lan.host.port')}</Table.Th>
              <Table.Td>
                <Text className="kesher-mono" fz="xl" fw={600} dir="ltr" span>
                  {port}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Stack gap={4} align="center">
          <Text fz="sm" c="dimmed" id="lan-pairing-code-label">
            {t('lan.pairing.code')}
          </Text>
          <Text
            className="kesher-mono"
            fz={48}
            fw={700}
            lts={4}
            dir="ltr"
            aria-labelledby="lan-pairing-code-label"
            c={expired ? 'dimmed' : undefined}
            td={expired ? 'line-through' : undefined}
            data-testid="lan-pairing-code"
          >
            {formatPairingCode(pairing.code)}
          </Text>
          {!expired && (
            <Text fz="sm" aria-hidden data-testid="lan-pairing-countdown">
              {t('lan.pairing.expiresIn', { time: formatCountdown(left) })}
            </Text>
          )}
        </Stack>
        <div role="status">
          {expired ? (
            <Alert color="orange" variant="light">
              {t('lan.pairing.expired')}
            </Alert>
          ) : (
            <VisuallyHidden>{t('lan.pairing.expiresInSr', { minutes: Math.ceil(left / 60) })}</VisuallyHidden>
          )}
        </div>
        <Stack gap={4}>
          <Text fz="sm" fw={500}>
            {t('lan.host.fingerprint')}
          </Text>
          <Fingerprint value={pairing.fingerprint} testId="lan-pairing-fingerprint" />
        </Stack>
        <Group justify="space-between">
          <Button variant="default" onClick={onNewCode} loading={renewing} data-testid="lan-pairing-new">
            {t('lan.pairing.newCode')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('lan.pairing.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Seconds until the code expires, ticking; the announcement above reads only its first value. */
function useSecondsLeft(expiresAt: string): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(expiresAt, now);
  const done = left === 0;
  useEffect(() => {
    if (done) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [done]);
  return left;
}
