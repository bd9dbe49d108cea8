import { rolesFor, type RouteDef } from '../../routing/route-def';
import { ImportPage } from './ImportPage';

export const importRoutes: readonly RouteDef[] = [
  { path: '/import', titleKey: 'nav.import', component: ImportPage, inNav: true, roles: rolesFor('imports.run') },
];
