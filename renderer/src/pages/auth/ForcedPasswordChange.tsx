import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/AuthLayout';
import { useSession } from '../../session/SessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After a temporary password nothing else is reachable until it is replaced (the server agrees). */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { session, refresh, signOut } = useSession();
  return (
    <AuthLayout titleKey="auth.changePassword.forcedTitle" width={520}>
      <Stack gap="md">
        <Alert color="indigo" variant="light">
          {t('auth.changePassword.forcedIntro', { name: session.displayName })}
        </Alert>
        <ChangePasswordForm
          username={session.username}
          onChanged={refresh}
          extraActions={
            <Button variant="default" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </Button>
          }
        />
      </Stack>
    </AuthLayout>
  );
}
