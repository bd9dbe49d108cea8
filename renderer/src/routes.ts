import type { Role } from '../../electron/api/contracts/roles';
import { attendanceRoutes } from './pages/attendance/routes';
import { auditRoutes } from './pages/audit/routes';
import { importRoutes } from './pages/import/routes';
import { authRoutes } from './pages/auth/routes';
import { caseloadRoutes } from './pages/caseload/routes';
import { exitsRoutes } from './pages/exits/routes';
import { frontdeskRoutes } from './pages/frontdesk/routes';
import { followUpsRoutes } from './pages/followups/routes';
import { meetingsRoutes } from './pages/meetings/routes';
import { settingsRoutes } from './pages/settings/routes';
import { staffRoutes } from './pages/staff/routes';
import { workshopsRoutes } from './pages/workshops/routes';
import { calendarRoutes } from './pages/calendar/routes';
import { templatesRoutes } from './pages/templates/routes';
import { exportRoutes } from './pages/export/routes';
import { reportsRoutes } from './pages/reports/routes';
import type { RouteDef } from './routing/route-def';
import { pageIn, toRouteObjects } from './routing/route-tree';
import { lazyPage } from './routing/lazy-page';

const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');

/** Every page of the app, in navbar order; an area adds its pages in its own `routes.ts`. */
export const routes: readonly RouteDef[] = [
  { path: '/', titleKey: 'nav.home', component: HomePage, inNav: true },
  ...caseloadRoutes,
  ...meetingsRoutes,
  ...frontdeskRoutes,
  ...attendanceRoutes,
  ...exitsRoutes,
  ...followUpsRoutes,
  ...workshopsRoutes,
  ...calendarRoutes,
  ...reportsRoutes,
  ...staffRoutes,
  ...auditRoutes,
  ...importRoutes,
  ...settingsRoutes,
  ...templatesRoutes,
  ...exportRoutes,
  ...authRoutes,
];

export const routeTree = toRouteObjects(routes);

/** The page at this path if this role may open it; other roles get "not found", not a hint it exists. */
export function findRoute(path: string, role: Role): RouteDef | undefined {
  return pageIn(routeTree, path, role);
}
