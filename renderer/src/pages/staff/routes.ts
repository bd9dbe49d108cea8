import { rolesFor, type RouteDef } from '../../routing/route-def';
import { StaffPage } from './StaffPage';

export const staffRoutes: readonly RouteDef[] = [
  { path: '/staff', titleKey: 'nav.staff', component: StaffPage, inNav: true, roles: rolesFor('staff.list') },
];
