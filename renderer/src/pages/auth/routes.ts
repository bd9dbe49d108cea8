import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const ChangePasswordPage = lazyPage(() => import('./ChangePasswordPage'), 'ChangePasswordPage');

export const authRoutes: readonly RouteDef[] = [
  {
    path: '/account/password',
    titleKey: 'nav.changePassword',
    component: ChangePasswordPage,
    inNav: false,
    roles: rolesFor('auth.changePassword'),
  },
];
