import { rolesFor, type RouteDef } from '../../routing/route-def';
import { CalendarPage } from './CalendarPage';

export const calendarRoutes: readonly RouteDef[] = [
  {
    path: '/calendar',
    titleKey: 'calendar.nav',
    component: CalendarPage,
    inNav: true,
    roles: rolesFor('calendar.week'),
  },
];
