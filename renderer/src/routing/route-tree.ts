import { matchRoutes, type RouteObject } from 'react-router';
import type { Role } from '../../../electron/api/contracts/roles';
import { canOpen, type RouteDef } from './route-def';

/**
 * React-router's form of our pages. Paths match case-sensitively, as the app's own links are
 * written: '/Staff' is not '/staff'. The RouteDef rides along as the route's handle.
 */
export function toRouteObjects(defs: readonly RouteDef[]): RouteObject[] {
  return defs.map((def) => ({
    path: def.path,
    caseSensitive: true,
    Component: def.component,
    handle: def,
    ...(def.children ? { children: toRouteObjects(def.children) } : {}),
  }));
}

/**
 * The page at this path if this role may open it and every page around it; other roles get
 * "not found", not a hint that it exists. Matching is react-router's own, so what this
 * answers is what the router renders.
 */
export function pageIn(tree: RouteObject[], path: string, role: Role): RouteDef | undefined {
  const defs = (matchRoutes(tree, path) ?? []).map((match) => match.route.handle as RouteDef | undefined);
  const page = defs.at(-1);
  return page && defs.every((def) => def === undefined || canOpen(def, role)) ? page : undefined;
}
