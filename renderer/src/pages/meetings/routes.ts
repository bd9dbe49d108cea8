import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const RemindersPage = lazyPage(() => import('./RemindersPage'), 'RemindersPage');

/** The meeting log's own page: the day-before reminder list of booked meetings. */
export const meetingsRoutes: readonly RouteDef[] = [
  {
    path: '/reminders',
    titleKey: 'meetings.nav.reminders',
    component: RemindersPage,
    inNav: true,
    roles: rolesFor('meetings.reminders'),
  },
];
