import { Anchor } from '@mantine/core';
import { membersHref } from './links';

/** A number on the dashboard: a link to the people it counts. */
export function CountLink({
  n,
  path,
  periodEnd,
  coachId,
}: {
  n: number;
  path: string;
  periodEnd: string;
  coachId: number | null;
}) {
  return (
    <Anchor href={membersHref(periodEnd, path, coachId)} data-testid={`count-${path}`} fw={600}>
      {n.toLocaleString('en')}
    </Anchor>
  );
}
