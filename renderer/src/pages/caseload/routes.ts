import type { RouteDef } from '../../routes';
import { ParticipantPage } from '../participant/ParticipantPage';
import { AllParticipantsPage, MyCaseloadPage } from './CaseloadPage';

const caseStaff = ['navigator', 'coach', 'coordinator'] as const;

/** The caseload screens: a coach's own list, everyone's list, and one participant's record. */
export const caseloadRoutes: readonly RouteDef[] = [
  { path: '/caseload', titleKey: 'nav.myCaseload', component: MyCaseloadPage, inNav: true, roles: ['coach'] },
  {
    path: '/participants',
    titleKey: 'nav.participants',
    component: AllParticipantsPage,
    inNav: true,
    roles: caseStaff,
  },
  {
    path: '/participants/:id',
    titleKey: 'nav.participant',
    component: ParticipantPage,
    inNav: false,
    roles: caseStaff,
  },
];
