import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { formatPhone } from '../../../../electron/domain/phone';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';

type Day = MethodOutput<'home.day'>;
type Counted<T> = { items: readonly T[]; total: number } | null;

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const record = (id: number, tab?: string) => hrefFor(`/participants/${id}${tab ? `?tab=${tab}` : ''}`);
const date = (iso: string | null) => <span className="kesher-ltr">{formatDisplayDate(iso)}</span>;

/** One list of the day: its heading and count, each row a link to the record's tab. */
function DayList<T>({
  id,
  list,
  row,
}: {
  id: string;
  list: Counted<T>;
  row: (item: T) => { key: number; href: string; name: string; detail: ReactNode };
}) {
  const { t } = useTranslation();
  if (list === null) return null;
  return (
    <Card withBorder padding="md" data-testid={`day-${id}`} component="section" aria-labelledby={`day-${id}-title`}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} fz="h5" id={`day-${id}-title`}>
          {t(`day.lists.${id}.title`)}
        </Title>
        <Badge variant="light" color={list.total > 0 ? 'indigo' : 'gray'} data-testid={`day-${id}-count`}>
          {list.total}
        </Badge>
      </Group>
      {list.items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t(`day.lists.${id}.none`)}
        </Text>
      ) : (
        <List spacing={6} listStyleType="none" ps={0}>
          {list.items.map((item) => {
            const r = row(item);
            return (
              <List.Item key={r.key} data-testid={`day-${id}-item`}>
                <Anchor href={r.href} fw={500}>
                  <bdi>{r.name}</bdi>
                </Anchor>
                <Text span fz="sm" c="dimmed">
                  {' · '}
                  {r.detail}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
      {list.total > list.items.length && (
        <Text fz="xs" c="dimmed" mt="xs">
          {t('day.more', { count: list.total - list.items.length })}
        </Text>
      )}
    </Card>
  );
}

function CaseDay({ day }: { day: Day }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <DayList
        id="meetings"
        list={day.meetings}
        row={(m) => ({
          key: m.meetingId,
          href: record(m.participantId, 'meetings'),
          name: name(m),
          detail: (
            <>
              {m.time ? <span className="kesher-ltr">{m.time}</span> : t('day.noTime')}
              {' · '}
              {t(`day.meetingState.${m.state}`)}
            </>
          ),
        })}
      />
      <DayList
        id="followUps"
        list={day.followUps}
        row={(f) => ({
          key: f.followUpId,
          href: record(f.participantId, 'placements'),
          name: name(f),
          detail: (
            <>
              {t('day.followUpMonths', { months: f.months })} · {date(f.dueDate)}
              {f.phone && (
                <>
                  {' · '}
                  <span className="kesher-ltr">{formatPhone(f.phone)}</span>
                </>
              )}
            </>
          ),
        })}
      />
      <DayList
        id="tasks"
        list={day.tasks}
        row={(task) => ({
          key: task.taskId,
          href: record(task.participantId, 'plan'),
          name: name(task),
          detail: (
            <>
              <bdi>{task.text}</bdi> · {date(task.dueDate)}
            </>
          ),
        })}
      />
      <DayList
        id="noContact"
        list={day.noContact}
        row={(p) => ({
          key: p.participantId,
          href: record(p.participantId),
          name: name(p),
          detail: p.lastContactDate ? (
            <>
              {t('day.lastContact')} {date(p.lastContactDate)}
            </>
          ) : (
            t('day.neverContacted')
          ),
        })}
      />
    </SimpleGrid>
  );
}

/** The facilitator's coming sessions; workshop pages are theirs, so the list names them only. */
function FacilitatorDay({ day }: { day: Day }) {
  const { t } = useTranslation();
  const sessions = day.sessions;
  if (!sessions || sessions.total === 0)
    return (
      <Card withBorder padding="lg" data-testid="day-sessions-empty">
        <Text>{t('day.sessions.none')}</Text>
        <Text fz="sm" c="dimmed" mt={4}>
          {t('day.sessions.noneHint')}
        </Text>
      </Card>
    );
  return (
    <Card withBorder padding="md" data-testid="day-sessions">
      <List spacing={6} listStyleType="none" ps={0}>
        {sessions.items.map((s) => (
          <List.Item key={s.sessionId} data-testid="day-sessions-item">
            {date(s.date)}
            {s.startTime && (
              <>
                {' '}
                <span className="kesher-ltr">{s.startTime}</span>
              </>
            )}
            {' · '}
            <bdi>{s.title}</bdi>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function DayContent({ role }: { role: 'coach' | 'coordinator' | 'facilitator' }) {
  const { t } = useTranslation();
  const day = useApiQuery('home.day', {});
  return (
    <Stack gap="sm" data-testid="day-panel">
      <Title order={2} fz="h3">
        {t(`day.heading.${role}`)}
      </Title>
      <QueryState query={day} />
      {day.data && (role === 'facilitator' ? <FacilitatorDay day={day.data} /> : <CaseDay day={day.data} />)}
    </Stack>
  );
}

/**
 * The day on the home page, as `home.day` gives it for the signed-in role: a coach's (for a
 * coordinator, the whole centre's) meetings, follow-ups, plan tasks and silent participants,
 * each one click from the record; a facilitator's coming sessions. A navigator's work is the
 * call counts above, so nothing here.
 */
export function DayPanel() {
  const { session } = useSession();
  return session.role === 'navigator' ? null : <DayContent role={session.role} />;
}
