import { Button, Center, Divider, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { useApiQuery } from '../../api';
import { FormError } from '../../forms/FormError';
import { AuthLayout } from '../../components/AuthLayout';
import { ConnectForm } from './ConnectForm';

/**
 * A PC started without a store of its own, ready to become one of the centre's PCs: its whole
 * first screen is "connect to the centre PC". So is that of a PC the coordinator removed
 * (`problem` says so), with the reason above the form: a new code connects it again.
 * `otherwise` is shown on any other PC (one with a store, or a browser tab that cannot ask).
 * Once connected, `onConnected` asks auth.status again, which the centre PC now answers.
 */
export function JoinCentreOr({
  otherwise,
  onConnected,
  problem,
}: {
  otherwise: ReactNode;
  onConnected: () => Promise<void>;
  problem: ApiError;
}) {
  const { t } = useTranslation();
  const client = useApiQuery('lan.clientStatus', {});
  if (client.isPending)
    return (
      <Center h="100vh" role="status" aria-label={t('gate.loading')}>
        <Loader />
      </Center>
    );
  const removed = client.data?.mode === 'client' && problem.message === 'errors.lan.device_revoked';
  if (client.data?.mode !== 'standalone' && !removed) return otherwise;
  return (
    <AuthLayout titleKey="lan.connect.title" width={640}>
      <Stack gap="md">
        {removed && <FormError error={problem} testId="lan-removed" />}
        <ConnectForm onConnected={onConnected} />
      </Stack>
    </AuthLayout>
  );
}

/** Set-up's first step: a centre that already works on another PC connects this one instead. */
export function JoinCentreOffer({ onConnected }: { onConnected: () => Promise<void> }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const client = useApiQuery('lan.clientStatus', {});
  // Only a PC that can become a client offers it (the desktop app without a store).
  if (client.data?.mode !== 'standalone') return null;
  return (
    <Stack gap="sm" mt="xl">
      <Divider />
      <Text fz="sm" c="dimmed">
        {t('lan.connect.offer')}
      </Text>
      <div>
        <Button variant="light" onClick={dialog.open} data-testid="lan-join-open">
          {t('lan.connect.open')}
        </Button>
      </div>
      <Modal opened={opened} onClose={dialog.close} title={t('lan.connect.title')} size="lg">
        <ConnectForm onConnected={onConnected} />
      </Modal>
    </Stack>
  );
}
