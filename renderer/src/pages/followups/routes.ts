import { rolesFor, type RouteDef } from '../../routing/route-def';
import { FollowUpsPage } from './FollowUpsPage';

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
