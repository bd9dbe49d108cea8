import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router';
import { routes } from '../routes';
import { canOpen } from '../routing/route-def';
import { useSession } from '../session/SessionContext';

export function AppNavbar({ currentPath, onNavigate }: { currentPath: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <Stack gap={4} component="ul" className="kesher-nav-list">
      {routes
        .filter((route) => route.inNav && canOpen(route, session.role))
        .map((route) => {
          const active = route.path === currentPath;
          return (
            <li key={route.path}>
              <NavLink
                href={hrefFor(route.path)}
                label={t(route.titleKey)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
                variant="light"
              />
            </li>
          );
        })}
    </Stack>
  );
}
