import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../electron/api/contracts/roles';
import { isRouteHash } from '../../renderer/src/router';
import { findRoute, routes } from '../../renderer/src/routes';
import { canOpen, rolesFor, type RouteDef } from '../../renderer/src/routing/route-def';
import { pageIn, toRouteObjects } from '../../renderer/src/routing/route-tree';

const everyRole = 'every signed-in role';

/**
 * Who may open each page, written out by hand as the route files listed them before the
 * roles came from the permission matrix: a change to the matrix that moves a page shows here.
 */
const expectedRoles: Record<string, readonly Role[] | typeof everyRole> = {
  '/': everyRole,
  '/caseload': ['coach'],
  '/participants': ['navigator', 'coach', 'coordinator'],
  '/participants/:id': ['navigator', 'coach', 'coordinator'],
  '/reminders': ['coach', 'coordinator'],
  '/inquiries/new': ['navigator', 'coordinator', 'coach'],
  '/calls': ['navigator', 'coordinator'],
  '/conferences': ['navigator', 'coordinator'],
  '/decisions': ['coordinator'],
  '/services': ['coordinator'],
  '/eligibility': ['coordinator'],
  '/screening/:id': ['navigator', 'coordinator'],
  '/conferences/:id': ['navigator', 'coordinator'],
  '/sessions': ['facilitator', 'coordinator'],
  '/sessions/:id': ['facilitator', 'coordinator'],
  '/due-for-exit': ['coordinator'],
  '/follow-ups': ['coach', 'coordinator'],
  '/workshops': ['coach', 'coordinator'],
  '/workshops/new': ['coordinator'],
  '/workshops/catalogue': ['coordinator'],
  '/workshops/reminders': ['navigator', 'coordinator'],
  '/workshops/:id': ['coach', 'coordinator'],
  '/calendar': ['navigator', 'coach', 'coordinator'],
  '/reports': ['coach', 'coordinator'],
  '/reports/members': ['coach', 'coordinator'],
  '/reports/coach': ['coach', 'coordinator'],
  '/staff': ['coordinator'],
  '/audit': ['coordinator'],
  '/import': ['coordinator'],
  '/settings': ['coordinator'],
  '/backups': ['coordinator'],
  '/templates': ['coordinator'],
  '/export': ['coordinator'],
  '/account/password': everyRole,
};

const sorted = (list: readonly Role[]) => [...list].sort();

describe('renderer routes', () => {
  it('offers each page to exactly the roles it was offered to before', () => {
    expect(routes.map((route) => route.path)).toEqual(Object.keys(expectedRoles));
    for (const route of routes) {
      const expected = expectedRoles[route.path];
      if (expected === everyRole) expect(route.roles, route.path).toBeUndefined();
      else expect(sorted(route.roles ?? []), route.path).toEqual(sorted(expected ?? []));
    }
  });

  it('reads role groups from the permission matrix', () => {
    expect(rolesFor('staff.list')).toEqual(['coordinator']);
    expect(sorted(rolesFor('participants.get') ?? [])).toEqual(['coach', 'coordinator', 'navigator']);
    expect(rolesFor('auth.changePassword')).toBeUndefined();
    expect(rolesFor('auth.status')).toBeUndefined();
  });

  it('lists the navbar pages in the same order for each role', () => {
    const navFor = (role: Role) => routes.filter((r) => r.inNav && canOpen(r, role)).map((r) => r.path);
    expect(navFor('coach')).toEqual([
      '/',
      '/caseload',
      '/participants',
      '/reminders',
      '/inquiries/new',
      '/follow-ups',
      '/workshops',
      '/calendar',
      '/reports',
    ]);
    expect(navFor('navigator')).toEqual([
      '/',
      '/participants',
      '/inquiries/new',
      '/calls',
      '/conferences',
      '/workshops/reminders',
      '/calendar',
    ]);
    expect(navFor('facilitator')).toEqual(['/', '/sessions']);
    expect(navFor('coordinator')).toEqual([
      '/',
      '/participants',
      '/reminders',
      '/inquiries/new',
      '/calls',
      '/conferences',
      '/decisions',
      '/services',
      '/eligibility',
      '/sessions',
      '/due-for-exit',
      '/follow-ups',
      '/workshops',
      '/workshops/reminders',
      '/calendar',
      '/reports',
      '/staff',
      '/audit',
      '/import',
      '/settings',
      '/backups',
      '/templates',
      '/export',
    ]);
  });

  it('finds a page by path, with :id segments, for a role that may open it', () => {
    expect(findRoute('/', 'facilitator')?.titleKey).toBe('nav.home');
    expect(findRoute('/participants/42', 'coach')?.path).toBe('/participants/:id');
    expect(findRoute('/screening/7', 'navigator')?.path).toBe('/screening/:id');
    expect(findRoute('/conferences/3', 'coordinator')?.path).toBe('/conferences/:id');
    expect(findRoute('/conferences', 'coordinator')?.path).toBe('/conferences');
    expect(findRoute('/account/password', 'facilitator')?.path).toBe('/account/password');
    expect(findRoute('/workshops/new', 'coordinator')?.path).toBe('/workshops/new');
    expect(findRoute('/workshops/12', 'coach')?.path).toBe('/workshops/:id');
    expect(findRoute('/workshops/new', 'coach')).toBeUndefined();
  });

  it('gives "not found" to a role that may not open the page, and for unknown addresses', () => {
    expect(findRoute('/staff', 'navigator')).toBeUndefined();
    expect(findRoute('/caseload', 'coordinator')).toBeUndefined();
    expect(findRoute('/screening/7', 'coach')).toBeUndefined();
    expect(findRoute('/participants/42', 'facilitator')).toBeUndefined();
    expect(findRoute('/no-such-page', 'coordinator')).toBeUndefined();
    expect(findRoute('/participants/', 'coordinator')?.path).toBe('/participants');
    expect(findRoute('/participants/42/more', 'coordinator')).toBeUndefined();
    expect(findRoute('/Staff', 'coordinator')).toBeUndefined();
  });

  it('lets every role open some page and keeps every role list within the known roles', () => {
    for (const role of roles) expect(findRoute('/', role)).toBeDefined();
    for (const route of routes) for (const role of route.roles ?? []) expect(roles).toContain(role);
  });

  it('opens a nested page only for roles that may open the page around it', () => {
    const Blank = () => null;
    const tabs: RouteDef[] = [
      {
        path: '/workshops/:id',
        titleKey: 'workshop',
        component: Blank,
        inNav: false,
        roles: ['coordinator', 'facilitator'],
        children: [
          { path: 'attendance', titleKey: 'attendance', component: Blank, inNav: false },
          { path: 'budget', titleKey: 'budget', component: Blank, inNav: false, roles: ['coordinator'] },
        ],
      },
    ];
    const tree = toRouteObjects(tabs);
    expect(pageIn(tree, '/workshops/5', 'facilitator')?.titleKey).toBe('workshop');
    expect(pageIn(tree, '/workshops/5/attendance', 'facilitator')?.titleKey).toBe('attendance');
    expect(pageIn(tree, '/workshops/5/attendance', 'coach')).toBeUndefined();
    expect(pageIn(tree, '/workshops/5/budget', 'facilitator')).toBeUndefined();
    expect(pageIn(tree, '/workshops/5/budget', 'coordinator')?.titleKey).toBe('budget');
  });

  it('treats only `#/…` and an empty hash as page addresses', () => {
    for (const hash of ['', '#', '#/', '#/participants?status=active', '#/participants/4']) {
      expect(isRouteHash(hash), hash).toBe(true);
    }
    for (const hash of ['#token=abc', '#main-content', '#participants']) expect(isRouteHash(hash), hash).toBe(false);
  });
});
