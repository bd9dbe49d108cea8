import { rolesFor, type RouteDef } from '../../routing/route-def';
import { ExportPage } from './ExportPage';

export const exportRoutes: readonly RouteDef[] = [
  {
    path: '/export',
    titleKey: 'nav.crfExport',
    component: ExportPage,
    inNav: true,
    roles: rolesFor('crfExport.history'),
  },
];
