import { Alert, Anchor, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../session/SessionContext';
import { DocumentActions } from '../documents/DocumentActions';
import { CountLink } from './CountLink';
import { defaultPeriodEnd, percent } from './links';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This month and the 23 before it, newest first, as YYYY-MM: the months a report can cover. */
function recentMonths(today: string, count = 24): string[] {
  const months: string[] = [];
  let day = today;
  for (let i = 0; i < count; i++) {
    months.push(day.slice(0, 7));
    day = addDays(`${day.slice(0, 8)}01`, -1);
  }
  return months;
}

const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * A coach's month: caseload, meetings, events attended, placement rate, no contact > 90 days,
 * each count leading to the people behind it. Printed as the coach-report PDF (the same
 * document the caseload page prints), through the one-time printing URL.
 */
export function CoachReportPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useHashQuery();
  const isCoordinator = session.role === 'coordinator';
  const staff = useApiQuery('staff.list', {}, { enabled: isCoordinator });
  const coaches = (staff.data ?? []).filter((s) => s.role === 'coach' && s.active);
  const months = recentMonths(todayIso());
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : defaultPeriodEnd().slice(0, 7);
  const coachId = isCoordinator ? Number(params.get('coach')) || coaches[0]?.id || 0 : session.userId;
  const report = useApiQuery('dashboards.coachReport', { coachId, month }, { enabled: coachId > 0 });
  const set = (next: { month?: string; coach?: number }) =>
    setParams(new URLSearchParams({ month: next.month ?? month, coach: String(next.coach ?? coachId) }));
  const data = report.data;
  const link = (n: number, field: string, text?: string) =>
    data && (
      <CountLink n={n} path={`coaches.${data.coach.staffCode}.${field}`} periodEnd={data.periodEnd} coachId={coachId}>
        {text}
      </CountLink>
    );
  const lang = i18n.language === 'en' ? 'en' : 'he';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz="h2">
          {t('reports.coach_report')}
        </Title>
        <Group align="flex-end">
          {isCoordinator && (
            <Select
              label={t('reports.coach')}
              data={coaches.map((c) => ({ value: String(c.id), label: c.displayName }))}
              value={coachId > 0 ? String(coachId) : null}
              onChange={(v) => v && set({ coach: Number(v) })}
              allowDeselect={false}
              data-testid="coach-select"
            />
          )}
          <Select
            label={t('reports.month')}
            data={months.map((m) => ({ value: m, label: monthLabel(m) }))}
            value={month}
            onChange={(v) => v && set({ month: v })}
            allowDeselect={false}
            w={140}
            data-testid="month-select"
          />
          <DocumentActions
            target={coachId > 0 ? { method: 'documents.coachReport', input: { coachId, month, lang } } : null}
            testId="coach-report"
          />
        </Group>
      </Group>
      <Anchor href="#/reports">{t('reports.back')}</Anchor>
      {isCoordinator && staff.data && coaches.length === 0 && (
        <Alert color="blue" variant="light" data-testid="no-coaches">
          {t('reports.no_coaches')}{' '}
          <Anchor href="#/staff" underline="always">
            {t('reports.to_staff')}
          </Anchor>
        </Alert>
      )}
      {coachId > 0 && <QueryState query={report} />}
      {data && (
        <>
          <Text>
            {data.coach.displayName} <span dir="ltr">({data.coach.staffCode})</span> ·{' '}
            <span dir="ltr">
              {formatDisplayDate(data.periodStart)}–{formatDisplayDate(data.periodEnd)}
            </span>
          </Text>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {(
              [
                ['active_caseload', link(data.activeCaseload, 'activeCaseload')],
                ['meetings_held', link(data.meetingsHeld, 'meetingsInPeriod')],
                ['events_attended', data.eventsAttended.toLocaleString('en')],
                [
                  'placement_rate',
                  <>
                    {link(data.placed, 'placed', percent(data.placementRate))}{' '}
                    <Text span fz="md" fw={400}>
                      ({link(data.placed, 'placed')}/{link(data.enrolled, 'enrolled')})
                    </Text>
                  </>,
                ],
                ['no_contact_90', link(data.noContact90.length, 'noContact90')],
              ] as const
            ).map(([key, value]) => (
              <Card withBorder key={key}>
                <Text c="dimmed" size="sm">
                  {t(`reports.${key}`)}
                </Text>
                <Text fz="xl" fw={700}>
                  {value}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Card withBorder>
            <Title order={2} fz="h4" mb="sm">
              {t('reports.no_contact_90')}
            </Title>
            {data.noContact90.length === 0 ? (
              <Text c="dimmed">{t('reports.no_contact_none')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.name')}</Table.Th>
                    <Table.Th>{t('reports.last_contact')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.noContact90.map((p) => (
                    <Table.Tr key={p.participantId}>
                      <Table.Td>
                        <Anchor href={`#/participants/${p.participantId}?tab=meetings`}>
                          {p.firstName} {p.lastName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDisplayDate(p.lastContact)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
