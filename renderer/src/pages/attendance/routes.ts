import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const AttendancePage = lazyPage(() => import('./AttendancePage'), 'AttendancePage');
const MySessionsPage = lazyPage(() => import('./MySessionsPage'), 'MySessionsPage');

/** Taking attendance: the facilitator's own sessions (the coordinator's: all), and one session's roster. */
export const attendanceRoutes: readonly RouteDef[] = [
  {
    path: '/sessions',
    titleKey: 'attendance.nav.sessions',
    component: MySessionsPage,
    inNav: true,
    roles: rolesFor('attendance.mySessions'),
  },
  {
    path: '/sessions/:id',
    titleKey: 'attendance.nav.session',
    component: AttendancePage,
    inNav: false,
    roles: rolesFor('attendance.session'),
  },
];
