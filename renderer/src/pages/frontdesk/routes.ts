import type { RouteDef } from '../../routes';
import { CallsPage } from './calls/CallsPage';
import { ConferencePage } from './conferences/ConferencePage';
import { ConferencesPage } from './conferences/ConferencesPage';
import { DecisionQueuePage } from './decisions/DecisionQueuePage';
import { NewInquiryPage } from './inquiry/NewInquiryPage';
import { ScreeningPage } from './screening/ScreeningPage';
import { EligibilityPage } from './settings/EligibilityPage';
import { ServicesPage } from './settings/ServicesPage';

const frontDesk = ['navigator', 'coordinator'] as const;
const coordinator = ['coordinator'] as const;

/** The navigator's and coordinator's screens, from the first call to the conference. */
export const frontdeskRoutes: readonly RouteDef[] = [
  {
    path: '/inquiries/new',
    titleKey: 'frontdesk.nav.newInquiry',
    component: NewInquiryPage,
    inNav: true,
    roles: ['navigator', 'coordinator', 'coach'],
  },
  { path: '/calls', titleKey: 'frontdesk.nav.calls', component: CallsPage, inNav: true, roles: frontDesk },
  {
    path: '/conferences',
    titleKey: 'frontdesk.nav.conferences',
    component: ConferencesPage,
    inNav: true,
    roles: frontDesk,
  },
  {
    path: '/decisions',
    titleKey: 'frontdesk.nav.decisions',
    component: DecisionQueuePage,
    inNav: true,
    roles: coordinator,
  },
  { path: '/services', titleKey: 'frontdesk.nav.services', component: ServicesPage, inNav: true, roles: coordinator },
  {
    path: '/eligibility',
    titleKey: 'frontdesk.nav.eligibility',
    component: EligibilityPage,
    inNav: true,
    roles: coordinator,
  },
  {
    path: '/screening/:id',
    titleKey: 'frontdesk.nav.screening',
    component: ScreeningPage,
    inNav: false,
    roles: frontDesk,
  },
  {
    path: '/conferences/:id',
    titleKey: 'frontdesk.nav.conference',
    component: ConferencePage,
    inNav: false,
    roles: frontDesk,
  },
];
