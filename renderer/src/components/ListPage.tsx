import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from './QueryState';
import { PageControls } from './PageControls';

type ListQuery = Parameters<typeof QueryState>[0]['query'];

interface ListPageProps<T> {
  title: string;
  /** Beside the title: the page's buttons or a count. */
  actions?: ReactNode;
  /** One line under the title saying what the list holds. */
  intro?: string;
  /** Between the heading and the list: filters, notices, what was just done. */
  filters?: ReactNode;
  /** The query the list comes from: its loading line or error shows until the items are in. */
  query: ListQuery;
  retry?: boolean;
  /** The items to show (already filtered), undefined while loading. */
  items: readonly T[] | undefined;
  /** Shown instead of the list when there are no items; without it, an empty list is still drawn. */
  empty?: ReactNode;
  /** The list itself, usually a ListTable of the items. */
  children: (items: readonly T[]) => ReactNode;
  /** Page buttons under the list. */
  pages?: { total: number; value: number; onChange: (page: number) => void };
  /** Dialogs opened from the page. */
  dialogs?: ReactNode;
  maw?: number;
}

/** The frame every list page shares: heading and actions, filters, loading and error, the list or its empty note. */
export function ListPage<T>({
  title,
  actions,
  intro,
  filters,
  query,
  retry,
  items,
  empty,
  children,
  pages,
  dialogs,
  maw,
}: ListPageProps<T>) {
  return (
    <Stack gap="lg" maw={maw}>
      <Group justify="space-between" align="center">
        <Title order={1} fz="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {intro && <Text c="dimmed">{intro}</Text>}
      {filters}
      <QueryState query={query} retry={retry} />
      {items && items.length === 0 && empty !== undefined ? empty : items && children(items)}
      {items && pages && <PageControls {...pages} />}
      {dialogs}
    </Stack>
  );
}

/** The empty note of a work queue: nothing left to do. */
export function AllDone({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <Alert color="teal" variant="light" data-testid={testId}>
      {children}
    </Alert>
  );
}
