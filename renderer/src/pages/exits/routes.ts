import type { RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const DueForExitPage = lazyPage(() => import('./DueForExitPage'), 'DueForExitPage');

/**
 * The "due for exit" list. `exits.due` answers coaches too (their own caseload), but the list
 * is the coordinator's tool (DOMAIN step 8), so the page and its nav link are theirs.
 */
export const exitsRoutes: readonly RouteDef[] = [
  {
    path: '/due-for-exit',
    titleKey: 'exits.nav.dueForExit',
    component: DueForExitPage,
    inNav: true,
    roles: ['coordinator'],
  },
];
