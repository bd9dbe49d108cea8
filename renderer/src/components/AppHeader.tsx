import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { hrefFor } from '../router';
import { LanguageSwitch } from './LanguageSwitch';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  // The centre is shown only once it exists; before first-run set-up there is none to name.
  const centre = useApiQuery('system.info', {}).data?.centre ?? null;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('a11y.toggleNavigation')}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <Text component="a" href={hrefFor('/')} className="kesher-brand" fw={700} fz="xl" c="indigo.8">
          {t('app.name')}
        </Text>
        {centre && (
          <Text c="dimmed" fz="sm" truncate="end" data-testid="header-centre">
            {t('header.centre', { name: centre.name })}
          </Text>
        )}
      </Group>
      <LanguageSwitch />
    </Group>
  );
}
