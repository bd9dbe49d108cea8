import { rolesFor, type RouteDef } from '../../routing/route-def';
import { CoachReportPage } from './CoachReportPage';
import { DashboardPage } from './DashboardPage';
import { MembersPage } from './MembersPage';

export const reportsRoutes: readonly RouteDef[] = [
  {
    path: '/reports',
    titleKey: 'reports.nav',
    component: DashboardPage,
    inNav: true,
    roles: rolesFor('dashboards.centre'),
  },
  {
    path: '/reports/members',
    titleKey: 'reports.members_title',
    component: MembersPage,
    inNav: false,
    roles: rolesFor('dashboards.members'),
  },
  {
    path: '/reports/coach',
    titleKey: 'reports.coach_report',
    component: CoachReportPage,
    inNav: false,
    roles: rolesFor('dashboards.coachReport'),
  },
];
