import { rolesFor, type RouteDef } from '../../routing/route-def';
import { ChangePasswordPage } from './ChangePasswordPage';

export const authRoutes: readonly RouteDef[] = [
  {
    path: '/account/password',
    titleKey: 'nav.changePassword',
    component: ChangePasswordPage,
    inNav: false,
    roles: rolesFor('auth.changePassword'),
  },
];
