import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const CallsPage = lazyPage(() => import('./calls/CallsPage'), 'CallsPage');
const ConferencePage = lazyPage(() => import('./conferences/ConferencePage'), 'ConferencePage');
const ConferencesPage = lazyPage(() => import('./conferences/ConferencesPage'), 'ConferencesPage');
const DecisionQueuePage = lazyPage(() => import('./decisions/DecisionQueuePage'), 'DecisionQueuePage');
const NewInquiryPage = lazyPage(() => import('./inquiry/NewInquiryPage'), 'NewInquiryPage');
const ScreeningPage = lazyPage(() => import('./screening/ScreeningPage'), 'ScreeningPage');
const EligibilityPage = lazyPage(() => import('./settings/EligibilityPage'), 'EligibilityPage');
const ServicesPage = lazyPage(() => import('./settings/ServicesPage'), 'ServicesPage');

/**
 * The navigator's and coordinator's screens, from the first call to the conference. Where
 * reading is open to more roles than the page's purpose (coaches read conferences, services
 * and criteria), the page takes the roles of the write it exists for.
 */
export const frontdeskRoutes: readonly RouteDef[] = [
  {
    path: '/inquiries/new',
    titleKey: 'frontdesk.nav.newInquiry',
    component: NewInquiryPage,
    inNav: true,
    roles: rolesFor('inquiries.create'),
  },
  {
    path: '/calls',
    titleKey: 'frontdesk.nav.calls',
    component: CallsPage,
    inNav: true,
    roles: rolesFor('calls.toMake'),
  },
  {
    path: '/conferences',
    titleKey: 'frontdesk.nav.conferences',
    component: ConferencesPage,
    inNav: true,
    roles: rolesFor('conferences.save'),
  },
  {
    path: '/decisions',
    titleKey: 'frontdesk.nav.decisions',
    component: DecisionQueuePage,
    inNav: true,
    roles: rolesFor('decisions.queue'),
  },
  {
    path: '/services',
    titleKey: 'frontdesk.nav.services',
    component: ServicesPage,
    inNav: true,
    roles: rolesFor('services.save'),
  },
  {
    path: '/eligibility',
    titleKey: 'frontdesk.nav.eligibility',
    component: EligibilityPage,
    inNav: true,
    roles: rolesFor('eligibility.setCriteria'),
  },
  {
    path: '/screening/:id',
    titleKey: 'frontdesk.nav.screening',
    component: ScreeningPage,
    inNav: false,
    roles: rolesFor('screening.record'),
  },
  {
    path: '/conferences/:id',
    titleKey: 'frontdesk.nav.conference',
    component: ConferencePage,
    inNav: false,
    roles: rolesFor('conferences.setInviteStatus'),
  },
];
