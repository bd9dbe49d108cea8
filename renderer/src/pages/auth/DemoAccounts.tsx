import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../session/gate-view';
import { showApiError, useApiAction } from '../../api';

type DemoSignIn = NonNullable<AuthStatus['demoSignIn']>;

/**
 * Only for a demo centre opened from the set-up screen: every person in it is invented, so
 * its accounts and their shared password can be shown to anyone trying Kesher out.
 */
export function DemoAccounts({
  demo,
  onPick,
  onLeft,
}: {
  demo: DemoSignIn;
  onPick: (username: string, password: string) => void;
  onLeft: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const leave = useApiAction('setup.leaveDemo');

  const leaveDemo = async () => {
    const result = await leave.run({});
    if (!result.ok) return showApiError(result.error, t);
    await onLeft();
  };

  return (
    <Alert color="orange" variant="light" title={t('demoCentre.title')} data-testid="demo-accounts">
      <Stack gap="sm">
        <Text fz="sm">
          {t('demoCentre.intro')}{' '}
          <Code dir="ltr" data-testid="demo-password">
            {demo.password}
          </Code>
        </Text>
        <Group gap="xs">
          {demo.users.map((user) => (
            <Button
              key={user.username}
              size="compact-sm"
              variant="default"
              onClick={() => onPick(user.username, demo.password)}
            >
              <bdi>{user.displayName}</bdi>&nbsp;·&nbsp;{t(`roles.${user.role}`)}
            </Button>
          ))}
        </Group>
        <Group>
          <Button
            size="compact-sm"
            variant="subtle"
            color="orange"
            onClick={() => void leaveDemo()}
            loading={leave.pending}
          >
            {t('demoCentre.leave')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
