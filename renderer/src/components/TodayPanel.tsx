import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../electron/api/contract';
import type { Role } from '../../../electron/api/contracts/roles';
import { useApiQuery } from '../api';
import { useSession } from '../session/SessionContext';

type CardId = 'myOpen' | 'myStale' | 'calls' | 'inquiries' | 'decisions' | 'dueForExit' | 'active' | 'stale';

/**
 * What each role sees first: the counts that tell them where their day's work is, and only
 * work they can do (a coach makes no routing calls, so sees no count of them).
 */
const cardsFor: Record<Role, readonly CardId[]> = {
  coach: ['myOpen', 'myStale'],
  navigator: ['calls', 'inquiries'],
  coordinator: ['decisions', 'dueForExit', 'calls', 'inquiries', 'active', 'stale'],
  facilitator: [],
};

const list = (input: MethodInput<'participants.list'>) => ({ ...input, pageSize: 10, page: 1 });

function Count({ id }: { id: CardId }) {
  switch (id) {
    case 'myOpen':
      return (
        <ListCount
          id={id}
          input={list({ scope: 'mine', status: ['intake', 'active'] })}
          href="#/caseload?status=intake,active"
        />
      );
    case 'myStale':
      return (
        <ListCount
          id={id}
          input={list({ scope: 'mine', noContactOver90: true })}
          href="#/caseload?stale=1"
          tone="orange"
        />
      );
    case 'inquiries':
      return <ListCount id={id} input={list({ status: ['inquiry'] })} href="#/participants?status=inquiry" />;
    case 'active':
      return <ListCount id={id} input={list({ status: ['active'] })} href="#/participants?status=active" />;
    case 'stale':
      return <ListCount id={id} input={list({ noContactOver90: true })} href="#/participants?stale=1" tone="orange" />;
    case 'calls':
      return <CallsCount />;
    case 'decisions':
      return <DecisionsCount />;
    case 'dueForExit':
      return <DueForExitCount />;
  }
}

function ListCount({
  id,
  input,
  href,
  tone,
}: {
  id: CardId;
  input: MethodInput<'participants.list'>;
  href: string;
  tone?: string;
}) {
  const query = useApiQuery('participants.list', input);
  return <CountCard id={id} value={query.data?.total} href={href} tone={tone} />;
}

function CallsCount() {
  const query = useApiQuery('calls.toMake', {});
  return <CountCard id="calls" value={query.data?.length} href="#/calls" />;
}

function DecisionsCount() {
  const query = useApiQuery('decisions.queue', {});
  return <CountCard id="decisions" value={query.data?.length} href="#/decisions" />;
}

function DueForExitCount() {
  const query = useApiQuery('exits.due', {});
  return <CountCard id="dueForExit" value={query.data?.length} href="#/due-for-exit" />;
}

function CountCard({ id, value, href, tone }: { id: CardId; value: number | undefined; href: string; tone?: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid={`today-${id}`}>
      <Stack gap={6}>
        <Text fw={600}>{t(`home.cards.${id}.title`)}</Text>
        {value === undefined ? (
          <Skeleton height={36} width={60} aria-label={t('home.loading')} />
        ) : (
          <Text fz={32} fw={700} lh={1.1} c={value > 0 && tone ? tone : undefined} data-testid={`today-${id}-count`}>
            {value}
          </Text>
        )}
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Text fz="sm" c="dimmed">
            {t(`home.cards.${id}.body`)}
          </Text>
          <Anchor href={href} fz="sm" fw={500}>
            {t('home.open')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/** The signed-in user's day at a glance; nothing for roles without participant access. */
export function TodayPanel() {
  const { t } = useTranslation();
  const { session } = useSession();
  const cards = cardsFor[session.role];
  if (cards.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="today-panel">
      <Title order={2} fz="h3">
        {t('home.today')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {cards.map((id) => (
          <Count key={id} id={id} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
