import { Center, Loader } from '@mantine/core';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page whose code loads when it is first opened, not before the sign-in screen: each area's
 * pages become their own chunks, so start-up fetches only the shell. `name` is the page's
 * named export (our pages have no default exports).
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  const page = lazy(async () => ({ default: (await load())[name] }));
  preloaders.set(page, load);
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
