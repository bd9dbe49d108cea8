import { Center, Loader } from '@mantine/core';
import { createElement, lazy, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/** A component whose code loads when first shown, and `preload` to fetch it earlier. */
export type LazyComponent<P extends object> = ComponentType<P> & { preload: () => Promise<ComponentType<P>> };

/**
 * A component whose code loads when it is first shown, or before (`preload`). Once the code has
 * arrived it renders at once: React.lazy suspends on its first render even then, and React 19
 * holds back what a Suspense boundary reveals for some 300 ms after its fallback showed, so a
 * page preloaded in idle time still took a third of a second to open. Each mounted instance
 * keeps the form it started with: switching from the lazy wrapper to the component on a later
 * render would remount the page and lose what was typed in it.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = async () => (loaded ??= await load());
  const Lazy = lazy(async () => ({ default: await preload() }));
  function LazyLoaded(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(LazyLoaded, { preload });
}

/**
 * A page whose code loads when it is first opened, not before the sign-in screen: each area's
 * pages become their own chunks, so start-up fetches only the shell. `name` is the page's
 * named export (our pages have no default exports).
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<object> {
  const page = lazyComponent<object>(async () => (await load())[name]);
  preloaders.set(page, page.preload);
  return page;
}

const preloaders = new WeakMap<object, () => Promise<unknown>>();

/** Runs when the browser has nothing else to do (a timer where requestIdleCallback is missing). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

/**
 * Fetches the code of these pages ahead of their first opening, one after another and each in
 * idle time, so the page on screen keeps the network and the CPU: a page opened right after
 * sign-in is not slowed by a dozen others being parsed beside it, and the rest open without a
 * wait. `stopped` ends the run (the role changed, or the app closed).
 */
export async function preloadPages(
  components: readonly ComponentType[],
  stopped: () => boolean = () => false,
): Promise<void> {
  for (const component of components) {
    await new Promise<void>((resolve) => whenIdle(resolve));
    if (stopped()) return;
    const load = preloaders.get(component);
    // A chunk that fails to arrive now is fetched again, and reported, when the page is opened.
    if (load) await load().catch(() => undefined);
  }
}

/**
 * What shows while a page's code arrives: a labelled status, inside the page frame, so the
 * header and navigation stay usable and a screen reader hears that something is loading.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center mih={200} role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}
