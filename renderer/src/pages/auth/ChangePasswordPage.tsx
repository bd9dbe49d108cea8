import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';
import { useSession } from '../../session/SessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Changing one's own password from the user menu. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  return (
    <Stack gap="lg" maw={520}>
      <Title order={1} fz="h2">
        {t('nav.changePassword')}
      </Title>
      <Card withBorder padding="lg">
        <ChangePasswordForm
          username={session.username}
          onChanged={async () => {
            await refresh();
            navigate('/');
          }}
        />
      </Card>
    </Stack>
  );
}
