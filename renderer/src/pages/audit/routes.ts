import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const AuditPage = lazyPage(() => import('./AuditPage'), 'AuditPage');

export const auditRoutes: readonly RouteDef[] = [
  { path: '/audit', titleKey: 'nav.audit', component: AuditPage, inNav: true, roles: rolesFor('audit.list') },
];
