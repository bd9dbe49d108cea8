// @vitest-environment happy-dom
import { createElement, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { RouterInSync } from '../../renderer/src/routing/RouterInSync';

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
});

it('shows the page the address moved to while the app was first rendering, not the one it started on', async () => {
  let navigatedDuringRender = false;
  const router = createMemoryRouter(
    [
      {
        path: '/settings',
        Component() {
          // The address changes after the router was made but before the first render is on
          // screen: a test's or a person's navigation landing while the app's first render,
          // a Suspense retry that React renders in slices, has yielded to the browser.
          if (!navigatedDuringRender) {
            navigatedDuringRender = true;
            void router.navigate('/sessions/1');
          }
          return createElement('h1', null, 'settings');
        },
      },
      { path: '/sessions/:id', Component: () => createElement('h1', null, 'session') },
    ],
    { initialEntries: ['/settings'] },
  );
  // The app listens to its router from the start (router.ts keeps the page's address), so the
  // router does not hold back its first change for the provider as it does with no listener.
  const unsubscribe = router.subscribe(() => undefined);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  startTransition(() => root!.render(createElement(RouterInSync, { router })));

  await vi.waitFor(() => expect(navigatedDuringRender).toBe(true));
  expect(router.state.location.pathname).toBe('/sessions/1');
  await vi.waitFor(() => expect(host.textContent).toBe('session'));
  unsubscribe();
});
