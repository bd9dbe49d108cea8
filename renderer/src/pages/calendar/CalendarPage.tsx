import { Anchor, Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { addDays, formatDisplayDate, isIsoDate, startOfWeekSunday, todayIso } from '../../../../electron/domain/dates';
import { useHashQuery } from '../../caseload/hash-query';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { hrefFor } from '../../router';
import { rolesFor } from '../../routing/route-def';
import { useSession } from '../../session/SessionContext';
import { fullName } from '../frontdesk/common/labels';
import { holidayName, timeRange, weekdayName } from '../workshops/labels';
import './calendar.css';

type Week = MethodOutput<'calendar.week'>;
type Opener = 'workshops.get' | 'conferences.setInviteStatus' | 'participants.get';

interface Item {
  key: string;
  time: string;
  kind: 'session' | 'conference' | 'meeting';
  label: string;
  detail: string;
  href: string | null;
}

const kindColor = { session: 'blue', conference: 'teal', meeting: 'violet' } as const;

/** What happens on one day, in time order; a link only where this role may open the page. */
function itemsOf(week: Week, date: string, mayOpen: (method: Opener) => boolean, t: (k: string) => string): Item[] {
  const items: Item[] = [
    ...week.sessions
      .filter((s) => s.date === date)
      .map((s) => ({
        key: `s${s.id}`,
        time: timeRange(s),
        kind: 'session' as const,
        label: s.title,
        detail: s.place ?? '',
        href: mayOpen('workshops.get') ? `/workshops/${s.instanceId}` : null,
      })),
    ...week.conferences
      .filter((c) => c.date === date)
      .map((c) => ({
        key: `c${c.id}`,
        time: c.startTime ?? '',
        kind: 'conference' as const,
        label: t('calendar.conference'),
        detail: c.location ?? '',
        href: mayOpen('conferences.setInviteStatus') ? `/conferences/${c.id}` : null,
      })),
    ...week.meetings
      .filter((m) => m.date === date)
      .map((m) => ({
        key: `m${m.id}`,
        time: m.time ?? '',
        kind: 'meeting' as const,
        label: fullName(m),
        detail: t('calendar.meeting'),
        href: mayOpen('participants.get') ? `/participants/${m.participantId}` : null,
      })),
  ];
  return items.sort((a, b) => a.time.localeCompare(b.time));
}

/**
 * The centre's week, Sunday first: workshop sessions, exposure conferences and my own
 * meetings, each day with its holidays. Friday and Saturday are narrow columns: the centre
 * works Sunday to Thursday, but a holiday or a rare event there should still be seen.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  // The week shown is in the address (#/calendar?date=…), so a link or a reload keeps it.
  const [params, setParams] = useHashQuery();
  const asked = params.get('date');
  const date = asked && isIsoDate(asked) ? asked : todayIso();
  const setDate = (next: string) => setParams(new URLSearchParams({ date: next }));
  const week = useApiQuery('calendar.week', { date });
  const today = todayIso();
  // The pages a link leads to take the roles of these methods (see their routes.ts).
  const mayOpen = (method: Opener) => rolesFor(method)?.includes(session.role) ?? true;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz="h2">
          {t('calendar.title')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => setDate(addDays(startOfWeekSunday(date), -7))}
            data-testid="week-prev"
          >
            {t('calendar.previous')}
          </Button>
          <Button variant="default" onClick={() => setDate(todayIso())}>
            {t('calendar.thisWeek')}
          </Button>
          <Button
            variant="default"
            onClick={() => setDate(addDays(startOfWeekSunday(date), 7))}
            data-testid="week-next"
          >
            {t('calendar.next')}
          </Button>
        </Group>
      </Group>
      {!week.data ? (
        <QueryState query={week} />
      ) : (
        <>
          <Text c="dimmed" data-testid="week-range">
            {t('calendar.weekOf', {
              from: formatDisplayDate(week.data.weekStart),
              to: formatDisplayDate(addDays(week.data.weekStart, 6)),
            })}
          </Text>
          <div className="kesher-week" data-testid="calendar-week">
            {week.data.days.map((day, i) => {
              const weekend = i >= 5;
              const items = itemsOf(week.data, day.date, mayOpen, t);
              return (
                <Card
                  key={day.date}
                  withBorder
                  padding="xs"
                  className={weekend ? 'kesher-week-day kesher-week-weekend' : 'kesher-week-day'}
                  bg={day.date === today ? 'var(--mantine-color-blue-light)' : undefined}
                  data-testid="calendar-day"
                  data-date={day.date}
                >
                  <Stack gap={6}>
                    <Text fw={700} size="sm">
                      {weekdayName(i18n.language, i, weekend ? 'short' : 'long')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {/* The narrow weekend columns have room for day and month only. */}
                      {weekend ? formatDisplayDate(day.date).slice(0, 5) : formatDisplayDate(day.date)}
                    </Text>
                    {day.holidays.map((h) => (
                      <Badge
                        key={h.nameEn}
                        color={h.closed ? 'red' : 'gray'}
                        variant="light"
                        size="sm"
                        style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}
                        data-testid="calendar-holiday"
                      >
                        {holidayName(h, i18n.language)}
                      </Badge>
                    ))}
                    {items.map((item) => (
                      <Paper
                        key={item.key}
                        withBorder
                        p={6}
                        style={{ borderInlineStart: `4px solid var(--mantine-color-${kindColor[item.kind]}-6)` }}
                        data-testid={`calendar-${item.kind}`}
                      >
                        <Text size="xs" c="dimmed">
                          <bdi dir="ltr">{item.time}</bdi>
                        </Text>
                        {item.href ? (
                          <Anchor href={hrefFor(item.href)} size="sm" fw={600}>
                            <bdi>{item.label}</bdi>
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={600}>
                            <bdi>{item.label}</bdi>
                          </Text>
                        )}
                        {item.detail && (
                          <Text size="xs" c="dimmed">
                            {item.detail}
                          </Text>
                        )}
                      </Paper>
                    ))}
                  </Stack>
                </Card>
              );
            })}
          </div>
        </>
      )}
    </Stack>
  );
}
