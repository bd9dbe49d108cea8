import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const CalendarPage = lazyPage(() => import('./CalendarPage'), 'CalendarPage');

export const calendarRoutes: readonly RouteDef[] = [
  {
    path: '/calendar',
    titleKey: 'calendar.nav',
    component: CalendarPage,
    inNav: true,
    roles: rolesFor('calendar.week'),
  },
];
