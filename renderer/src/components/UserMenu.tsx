import { Button, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router';
import { useSession } from '../session/SessionContext';
import { AboutDialog } from './AboutDialog';

/** Who is signed in, and what that person can do about their own session. */
export function UserMenu() {
  const { t } = useTranslation();
  const { session, lock, signOut } = useSession();
  const [about, setAbout] = useState(false);
  return (
    <>
      <Menu position="bottom-end" width={220} shadow="md">
        <Menu.Target>
          <Button variant="subtle" size="compact-md">
            <Stack gap={0} align="flex-start">
              <Text fz="sm" fw={600} lh={1.2} data-testid="header-user">
                <bdi>{session.displayName}</bdi>
              </Text>
              <Text fz="xs" c="dimmed" lh={1.2} data-testid="header-role">
                {t(`roles.${session.role}`)}
              </Text>
            </Stack>
            {/* Named by what it shows plus what it opens: voice control finds it by the visible words. */}
            <VisuallyHidden>, {t('header.userMenu')}</VisuallyHidden>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => navigate('/account/password')}>{t('header.changePassword')}</Menu.Item>
          <Menu.Item onClick={lock}>{t('header.lock')}</Menu.Item>
          <Menu.Item onClick={() => setAbout(true)} data-testid="menu-about">
            {t('about.title')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void signOut()}>{t('auth.switchUser')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <AboutDialog opened={about} onClose={() => setAbout(false)} />
    </>
  );
}
