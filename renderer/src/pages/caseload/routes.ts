import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const ParticipantPage = lazyPage(() => import('../participant/ParticipantPage'), 'ParticipantPage');
const AllParticipantsPage = lazyPage(() => import('./CaseloadPage'), 'AllParticipantsPage');
const MyCaseloadPage = lazyPage(() => import('./CaseloadPage'), 'MyCaseloadPage');

/** The caseload screens: a coach's own list, everyone's list, and one participant's record. */
export const caseloadRoutes: readonly RouteDef[] = [
  {
    path: '/caseload',
    titleKey: 'nav.myCaseload',
    component: MyCaseloadPage,
    inNav: true,
    // A coach's own list: navigators and coordinators may call the same method, but their
    // list is everyone's (/participants), so no method of the matrix names this group.
    roles: ['coach'],
  },
  {
    path: '/participants',
    titleKey: 'nav.participants',
    component: AllParticipantsPage,
    inNav: true,
    roles: rolesFor('participants.list'),
  },
  {
    path: '/participants/:id',
    titleKey: 'nav.participant',
    component: ParticipantPage,
    inNav: false,
    roles: rolesFor('participants.get'),
  },
];
