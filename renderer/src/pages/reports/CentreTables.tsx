import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { useApiQuery } from '../../api';
import { useSession } from '../../session/SessionContext';
import { CountLink } from './CountLink';
import { coachReportHref, percent } from './links';

type Dashboard = MethodOutput<'dashboards.centre'>;

/** The workshops table of CRF-1 §5; with none in the period, the way to the workshops. */
export function WorkshopsTable({ data, periodEnd }: { data: Dashboard; periodEnd: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const link = (n: number, path: string) => (
    <CountLink n={n} path={path} periodEnd={periodEnd} coachId={data.coachId} />
  );
  return (
    <Card withBorder>
      <Title order={2} fz="h4" mb="sm">
        {t('reports.workshops')}
      </Title>
      {data.indicators.workshops.length === 0 ? (
        // The link is underlined: beside dimmed text its colour alone would not set it apart.
        <Text c="dimmed" data-testid="workshops-none">
          {t('reports.none')}{' '}
          {session.role === 'coordinator' && (
            <Anchor href="#/workshops" underline="always">
              {t('reports.to_workshops')}
            </Anchor>
          )}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.workshop_type')}</Table.Th>
              <Table.Th>{t('reports.instances')}</Table.Th>
              <Table.Th>{t('reports.enrolled')}</Table.Th>
              <Table.Th>{t('reports.completed')}</Table.Th>
              <Table.Th>{t('reports.attendances')}</Table.Th>
              <Table.Th>{t('reports.attendance_rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.indicators.workshops.map((w) => (
              <Table.Tr key={w.type}>
                <Table.Td>{t(`workshops.type.${w.type}`, { defaultValue: w.type })}</Table.Td>
                <Table.Td>{w.instances}</Table.Td>
                <Table.Td>{link(w.enrolled, `workshops.${w.type}.enrolled`)}</Table.Td>
                <Table.Td>{w.completed === null ? '—' : link(w.completed, `workshops.${w.type}.completed`)}</Table.Td>
                <Table.Td>{link(w.attendances, `workshops.${w.type}.attendances`)}</Table.Td>
                <Table.Td>{percent(w.attendanceRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/**
 * The coaches table: each coach by name (the coordinator's staff list names the staff codes
 * the indicators carry), every figure a link to the people behind it, and the coach's monthly
 * report for the period's month.
 */
export function CoachesTable({ data, periodEnd }: { data: Dashboard; periodEnd: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const isCoordinator = session.role === 'coordinator';
  const staff = useApiQuery('staff.list', {}, { enabled: isCoordinator });
  const byCode = new Map((staff.data ?? []).map((s) => [s.staffCode, s]));
  const month = periodEnd.slice(0, 7);
  const link = (n: number, path: string) => (
    <CountLink n={n} path={path} periodEnd={periodEnd} coachId={data.coachId} />
  );
  return (
    <Card withBorder>
      <Title order={2} fz="h4" mb="sm">
        {t('reports.coaches')}
      </Title>
      {data.indicators.coaches.length === 0 ? (
        <Text c="dimmed">{t('reports.no_coaches')}</Text>
      ) : (
        <Table data-testid="coaches-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.coach')}</Table.Th>
              <Table.Th>{t('reports.active_caseload')}</Table.Th>
              <Table.Th>{t('reports.meetings_in_period')}</Table.Th>
              <Table.Th>{t('reports.placement_rate')}</Table.Th>
              <Table.Th>{t('reports.no_contact_90')}</Table.Th>
              <Table.Th>{t('reports.coach_report')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.indicators.coaches.map((c) => {
              const member = byCode.get(c.coach);
              // A coach's own table has one row, their own; the coordinator's names each coach.
              const coachId = member?.id ?? (isCoordinator ? undefined : session.userId);
              const name = member?.displayName ?? (isCoordinator ? null : session.displayName);
              return (
                <Table.Tr key={c.coach}>
                  <Table.Td>
                    {name ?? ''}{' '}
                    <Text span c="dimmed" size="sm" dir="ltr">
                      ({c.coach})
                    </Text>
                  </Table.Td>
                  <Table.Td>{link(c.activeCaseload, `coaches.${c.coach}.activeCaseload`)}</Table.Td>
                  <Table.Td>{link(c.meetingsInPeriod, `coaches.${c.coach}.meetingsInPeriod`)}</Table.Td>
                  <Table.Td>
                    <CountLink
                      n={0}
                      path={`coaches.${c.coach}.placed`}
                      periodEnd={periodEnd}
                      coachId={data.coachId}
                      testId={`rate-coach-${c.coach}`}
                    >
                      {percent(c.placementRate)}
                    </CountLink>
                  </Table.Td>
                  <Table.Td>{link(c.noContact90, `coaches.${c.coach}.noContact90`)}</Table.Td>
                  <Table.Td>
                    {coachId !== undefined && (
                      <Anchor href={coachReportHref(month, coachId)} data-testid={`coach-report-${c.coach}`}>
                        {t('reports.open_report')}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
