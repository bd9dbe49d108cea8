import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { membersHref } from './links';

/**
 * A number on the dashboard: a link to the people it counts. A rate or a mean shows its own
 * text (`children`) and leads to the people it was computed over.
 */
export function CountLink({
  n,
  path,
  periodEnd,
  coachId,
  children,
  testId,
}: {
  n: number;
  path: string;
  periodEnd: string;
  coachId: number | null;
  children?: ReactNode;
  /** When the same people sit behind two figures (a rate and its count), the second one's id. */
  testId?: string;
}) {
  return (
    <Anchor href={membersHref(periodEnd, path, coachId)} data-testid={testId ?? `count-${path}`} fw={600}>
      {children ?? n.toLocaleString('en')}
    </Anchor>
  );
}
