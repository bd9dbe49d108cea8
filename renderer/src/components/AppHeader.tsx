import { Badge, Burger, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router';
import { useSession } from '../session/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickSearch } from './QuickSearch';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const { status, lock } = useSession();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
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
        {status.centre && (
          <Text c="dimmed" fz="sm" truncate="end" data-testid="header-centre" visibleFrom="xs">
            <bdi>{status.centre.name}</bdi>
          </Text>
        )}
        {status.demo && (
          <Badge color="orange" variant="filled" data-testid="demo-badge">
            {t('header.demo')}
          </Badge>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <QuickSearch />
        <LanguageSwitch />
        <Button variant="default" size="xs" onClick={lock} visibleFrom="sm">
          {t('header.lock')}
        </Button>
        <UserMenu />
      </Group>
    </Group>
  );
}
