import type { ComponentType } from 'react';
import { HomePage } from './pages/HomePage';

export interface RouteDef {
  path: string;
  /** i18n key of the page's name, used for the navbar link and the window title. */
  titleKey: string;
  component: ComponentType;
  /** Pages reached only from within another page stay out of the navbar. */
  inNav: boolean;
}

/** Every page of the app; a new page is one entry here. */
export const routes: readonly RouteDef[] = [{ path: '/', titleKey: 'nav.home', component: HomePage, inNav: true }];

export function findRoute(path: string): RouteDef | undefined {
  return routes.find((route) => route.path === path);
}
