import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../session/SessionContext';
import { defaultPeriodEnd, percent } from './links';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A coach's month: caseload, meetings, events attended, placement rate, no contact > 90 days. Printable. */
export function CoachReportPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useHashQuery();
  const isCoordinator = session.role === 'coordinator';
  const staff = useApiQuery('staff.list', {}, { enabled: isCoordinator });
  const coaches = (staff.data ?? []).filter((s) => s.role === 'coach');
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : defaultPeriodEnd().slice(0, 7);
  const coachId = isCoordinator ? Number(params.get('coach')) || coaches[0]?.id || 0 : session.userId;
  const report = useApiQuery('dashboards.coachReport', { coachId, month }, { enabled: coachId > 0 });
  const set = (next: { month?: string; coach?: number }) =>
    setParams(new URLSearchParams({ month: next.month ?? month, coach: String(next.coach ?? coachId) }));
  const data = report.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" className="no-print">
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
            />
          )}
          <TextInput
            type="month"
            label={t('reports.month')}
            value={month}
            max={todayIso().slice(0, 7)}
            onChange={(e) => MONTH.test(e.currentTarget.value) && set({ month: e.currentTarget.value })}
          />
          <Button variant="default" onClick={() => window.print()}>
            {t('reports.print')}
          </Button>
        </Group>
      </Group>
      <QueryState query={report} />
      {data && (
        <>
          <Text>
            {data.coach.displayName} ({data.coach.staffCode}) · {formatDisplayDate(data.periodStart)}–
            {formatDisplayDate(data.periodEnd)}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            {(
              [
                ['active_caseload', String(data.activeCaseload)],
                ['meetings_held', String(data.meetingsHeld)],
                ['events_attended', String(data.eventsAttended)],
                ['placement_rate', `${percent(data.placementRate)} (${data.placed}/${data.enrolled})`],
                ['no_contact_90', String(data.noContact90.length)],
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
                      <Anchor href={`#/participants/${p.participantId}`}>
                        {p.firstName} {p.lastName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDisplayDate(p.lastContact)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
    </Stack>
  );
}
