// The signed-in screens' styles and strings come with this chunk, not with the sign-in form's script.
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/spotlight/styles.css';
import { AppShell, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, type RouteObject } from 'react-router';
import { AppHeader } from './components/AppHeader';
import { AppNavbar } from './components/AppNavbar';
import { MAIN_CONTENT_ID, SkipLink } from './components/SkipLink';
import { NotFoundPage } from './pages/NotFoundPage';
import { appRouter, useCurrentPath } from './router';
import { findRoute, routes, routeTree } from './routes';
import { canOpen } from './routing/route-def';
import { RouterInSync } from './routing/RouterInSync';
import { PageLoading, preloadPages } from './routing/lazy-page';
import { useSession } from './session/SessionContext';
import { addFeatureResources } from './i18n/feature-resources';

addFeatureResources();

/** The frame around every page: header, navbar, window title, and the page or "not found". */
function AppFrame() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const { breakpoints } = useMantineTheme();
  // A collapsed navbar is only moved off-screen; inert keeps its links out of the tab order
  // and away from screen readers until the menu button opens it.
  const navHidden = useMediaQuery(`(width < ${breakpoints.sm})`) === true && !navOpened;
  const path = useCurrentPath();
  const { session } = useSession();
  const route = findRoute(path, session.role);
  const titleKey = route?.titleKey ?? 'pages.notFound.title';

  useEffect(() => {
    document.title = `${t(titleKey)} · ${t('app.name')}`;
  }, [t, titleKey]);

  // The pages this role's navigation offers load in idle time, so the first opening is instant.
  const role = session.role;
  useEffect(() => {
    let stopped = false;
    const pages = routes.filter((r) => r.inNav && canOpen(r, role)).map((r) => r.component);
    void preloadPages(pages, () => stopped);
    return () => {
      stopped = true;
    };
  }, [role]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="sm" component="nav" aria-label={t('a11y.mainNavigation')} inert={navHidden}>
        <AppNavbar currentPath={path} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="kesher-main">
        {/* Keyed by path: a page still loading gives way to the next one opened, not to a stale fallback. */}
        <Suspense key={path} fallback={<PageLoading />}>
          {route ? <Outlet /> : <NotFoundPage />}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** A page the role may not open renders as "not found" in the frame, like an unknown address. */
const appTree: RouteObject[] = [
  { Component: AppFrame, children: [...routeTree, { path: '*', Component: NotFoundPage }] },
];

export function App() {
  return <RouterInSync router={appRouter(appTree)} />;
}
