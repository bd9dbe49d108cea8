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
  return lazy(async () => ({ default: (await load())[name] }));
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
