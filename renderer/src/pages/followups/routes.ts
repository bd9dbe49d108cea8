import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const FollowUpsPage = lazyPage(() => import('./FollowUpsPage'), 'FollowUpsPage');

/** The retention follow-up queue: the case owners' calls. */
export const followUpsRoutes: readonly RouteDef[] = [
  {
    path: '/follow-ups',
    titleKey: 'nav.followUps',
    component: FollowUpsPage,
    inNav: true,
    roles: rolesFor('followUps.queue'),
  },
];
