import { rolesFor, type RouteDef } from '../../routing/route-def';
import { lazyPage } from '../../routing/lazy-page';

const CataloguePage = lazyPage(() => import('./CataloguePage'), 'CataloguePage');
const InstancePage = lazyPage(() => import('./InstancePage'), 'InstancePage');
const NewInstancePage = lazyPage(() => import('./NewInstancePage'), 'NewInstancePage');
const ReminderCallsPage = lazyPage(() => import('./ReminderCallsPage'), 'ReminderCallsPage');
const WorkshopsPage = lazyPage(() => import('./WorkshopsPage'), 'WorkshopsPage');

/** Workshop runs: the list, one run, a new run with its schedule, the catalogue and reminder calls. */
export const workshopsRoutes: readonly RouteDef[] = [
  {
    path: '/workshops',
    titleKey: 'workshops.nav.list',
    component: WorkshopsPage,
    inNav: true,
    roles: rolesFor('workshops.list'),
  },
  {
    path: '/workshops/new',
    titleKey: 'workshops.nav.new',
    component: NewInstancePage,
    inNav: false,
    roles: rolesFor('workshops.save'),
  },
  {
    path: '/workshops/catalogue',
    titleKey: 'workshops.nav.catalogue',
    component: CataloguePage,
    inNav: false,
    roles: rolesFor('workshops.saveTitle'),
  },
  {
    path: '/workshops/reminders',
    titleKey: 'workshops.nav.reminders',
    component: ReminderCallsPage,
    inNav: true,
    roles: rolesFor('workshops.reminderCalls'),
  },
  {
    path: '/workshops/:id',
    titleKey: 'workshops.nav.instance',
    component: InstancePage,
    inNav: false,
    roles: rolesFor('workshops.get'),
  },
];
