import type { ComponentType } from 'react';
import type { Role } from '../../../electron/api/contracts/roles';
import { permissions } from '../../../electron/api/permissions';

/** One page of the app. An area lists its pages in `pages/<area>/routes.ts`. */
export interface RouteDef {
  /** Absolute for a top-level page ('/screening/:id'); relative to the parent for a nested one. */
  path: string;
  /** i18n key of the page's name, used for the navbar link and the window title. */
  titleKey: string;
  component: ComponentType;
  /** Pages reached only from within another page stay out of the navbar. */
  inNav: boolean;
  /** Roles that may open the page; absent means every signed-in role. The server checks again. */
  roles?: readonly Role[];
  /** Pages shown inside this one (tabs); the parent renders them with react-router's `<Outlet />`. */
  children?: readonly RouteDef[];
}

/**
 * The roles that may call `method`, read from the server's permission matrix, so a page is
 * offered to exactly the roles whose calls the server will answer. `undefined` (every
 * signed-in role) for methods open to any session.
 */
export function rolesFor(method: keyof typeof permissions): readonly Role[] | undefined {
  const access = permissions[method];
  return typeof access === 'string' ? undefined : access;
}

export function canOpen(route: RouteDef, role: Role): boolean {
  return route.roles === undefined || route.roles.includes(role);
}
