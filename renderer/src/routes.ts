import type { ComponentType } from 'react';
import type { Role } from '../../electron/api/contracts/roles';
import { AuditPage } from './pages/audit/AuditPage';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';
import { HomePage } from './pages/HomePage';
import { BackupsPage } from './pages/settings/BackupsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { StaffPage } from './pages/staff/StaffPage';
import { caseloadRoutes } from './pages/caseload/routes';
import { frontdeskRoutes } from './pages/frontdesk/routes';

export interface RouteDef {
  path: string;
  /** i18n key of the page's name, used for the navbar link and the window title. */
  titleKey: string;
  component: ComponentType;
  /** Pages reached only from within another page stay out of the navbar. */
  inNav: boolean;
  /** Roles that may open the page; absent means every signed-in role. The server checks again. */
  roles?: readonly Role[];
}

const coordinatorOnly = ['coordinator'] as const;

/** Every page of the app; a new page is one entry here. */
export const routes: readonly RouteDef[] = [
  { path: '/', titleKey: 'nav.home', component: HomePage, inNav: true },
  ...caseloadRoutes,
  ...frontdeskRoutes,
  { path: '/staff', titleKey: 'nav.staff', component: StaffPage, inNav: true, roles: coordinatorOnly },
  { path: '/audit', titleKey: 'nav.audit', component: AuditPage, inNav: true, roles: coordinatorOnly },
  { path: '/settings', titleKey: 'nav.settings', component: SettingsPage, inNav: true, roles: coordinatorOnly },
  { path: '/backups', titleKey: 'nav.backups', component: BackupsPage, inNav: true, roles: coordinatorOnly },
  { path: '/account/password', titleKey: 'nav.changePassword', component: ChangePasswordPage, inNav: false },
];

export function canOpen(route: RouteDef, role: Role): boolean {
  return route.roles === undefined || route.roles.includes(role);
}

/** A `:name` segment of a route path ('/screening/:id') matches any one non-empty segment. */
export function matchesPath(pattern: string, path: string): boolean {
  const wanted = pattern.split('/');
  const given = path.split('/');
  return (
    wanted.length === given.length &&
    wanted.every((part, index) => (part.startsWith(':') ? given[index] !== '' : part === given[index]))
  );
}

/** The page at this path if this role may open it; other roles get "not found", not a hint it exists. */
export function findRoute(path: string, role: Role): RouteDef | undefined {
  return routes.find((route) => matchesPath(route.path, path) && canOpen(route, role));
}
