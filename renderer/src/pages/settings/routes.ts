import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const BackupsPage = lazyPage(() => import('./BackupsPage'), 'BackupsPage');
const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

export const settingsRoutes: readonly RouteDef[] = [
  {
    path: '/settings',
    titleKey: 'nav.settings',
    component: SettingsPage,
    inNav: true,
    roles: rolesFor('settings.get'),
  },
  { path: '/backups', titleKey: 'nav.backups', component: BackupsPage, inNav: true, roles: rolesFor('backup.list') },
];
