import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const StaffPage = lazyPage(() => import('./StaffPage'), 'StaffPage');

export const staffRoutes: readonly RouteDef[] = [
  { path: '/staff', titleKey: 'nav.staff', component: StaffPage, inNav: true, roles: rolesFor('staff.list') },
];
