import { useLayoutEffect, useRef, useState } from 'react';
import { RouterProvider, type createHashRouter } from 'react-router';

type DataRouter = ReturnType<typeof createHashRouter>;

/**
 * RouterProvider takes the router's state when it first renders and listens only once it is
 * on screen. A navigation in between is never heard when something else already listens to the
 * router (router.ts does): the address names one page and the screen shows another until the
 * next click. The gap is real: the app's first render after sign-in, unlock or a reload is a
 * Suspense retry that React renders in slices, and an address typed (or a test's) lands between
 * them on a busy PC. Once the provider listens, a state that moved on since the render makes it
 * start again from the router's state as it is now.
 */
export function RouterInSync({ router }: { router: DataRouter }) {
  const renderedState = useRef(router.state);
  const [generation, setGeneration] = useState(0);
  useLayoutEffect(() => {
    if (router.state === renderedState.current) return;
    renderedState.current = router.state;
    // A layout effect's update renders again before the paint, in one go: no gap this time.
    setGeneration((n) => n + 1);
  }, [router, generation]);
  return <RouterProvider key={generation} router={router} />;
}
