import { rolesFor, type RouteDef } from '../../routing/route-def';
import { AuditPage } from './AuditPage';

export const auditRoutes: readonly RouteDef[] = [
  { path: '/audit', titleKey: 'nav.audit', component: AuditPage, inNav: true, roles: rolesFor('audit.list') },
];
