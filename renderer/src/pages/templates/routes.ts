import { rolesFor, type RouteDef } from '../../routing/route-def';
import { TemplatesPage } from './TemplatesPage';

/** The coordinator's letter wording and letterhead (issue 10). */
export const templatesRoutes: readonly RouteDef[] = [
  {
    path: '/templates',
    titleKey: 'letterTemplates.nav',
    component: TemplatesPage,
    inNav: true,
    roles: rolesFor('templates.save'),
  },
];
