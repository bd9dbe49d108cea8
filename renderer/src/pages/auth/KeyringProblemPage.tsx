import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryForm } from './RecoveryForm';

/**
 * The keyring holds each account's wrap of the database key. Without it no password can open
 * the store, but the recovery key still can, and recovering rebuilds the keyring.
 */
export function KeyringProblemPage({
  problem,
  onRecovered,
  onSignOut,
}: {
  problem: 'keyring_missing' | 'keyring_damaged';
  onRecovered: () => Promise<void>;
  /** Set when someone is still signed in: recovery needs a signed-out store. */
  onSignOut?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);

  return (
    <AuthLayout titleKey={`keyring.${problem}.title`} width={560}>
      <Stack gap="md">
        <Alert color="orange" variant="light" role="alert" data-testid="keyring-problem">
          {t(`keyring.${problem}.body`)}
        </Alert>
        <Text>{t('keyring.whatNow')}</Text>
        <List type="ordered" spacing={4}>
          <List.Item>{t('keyring.stepFindKey')}</List.Item>
          <List.Item>{t('keyring.stepCoordinator')}</List.Item>
          <List.Item>{t('keyring.stepOthers')}</List.Item>
        </List>
        {onSignOut ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t('keyring.signOutFirst')}</Text>
            <Button onClick={() => void onSignOut()} autoFocus>
              {t('auth.signOut')}
            </Button>
          </Stack>
        ) : recovering ? (
          <RecoveryForm onDone={onRecovered} onCancel={() => setRecovering(false)} />
        ) : (
          <Button onClick={() => setRecovering(true)} autoFocus>
            {t('keyring.recover')}
          </Button>
        )}
      </Stack>
    </AuthLayout>
  );
}
