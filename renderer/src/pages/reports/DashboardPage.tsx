import { Anchor, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { QueryState } from '../../components/QueryState';
import { CompletenessPanel } from './CompletenessPanel';
import { CountLink } from './CountLink';
import { IndicatorTables } from './IndicatorTables';
import { defaultPeriodEnd, percent } from './links';

/** The centre's tables (a coach: their caseload's) for a period end chosen in the address. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useHashQuery();
  const asked = params.get('end');
  const periodEnd = asked && isIsoDate(asked) ? asked : defaultPeriodEnd();
  const dashboard = useApiQuery('dashboards.centre', { periodEnd });
  const data = dashboard.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz="h2">
          {data?.scope === 'caseload' ? t('reports.title_caseload') : t('reports.title')}
        </Title>
        <Group>
          <TextInput
            type="date"
            label={t('reports.period_end')}
            value={periodEnd}
            onChange={(e) =>
              isIsoDate(e.currentTarget.value) && setParams(new URLSearchParams({ end: e.currentTarget.value }))
            }
          />
          <Anchor href="#/reports/coach">{t('reports.coach_report')}</Anchor>
        </Group>
      </Group>
      <QueryState query={dashboard} />
      {data && (
        <>
          <IndicatorTables ind={data.indicators} coachId={data.coachId} />
          <Card withBorder>
            <Title order={2} fz="h4" mb="sm">
              {t('reports.workshops')}
            </Title>
            {data.indicators.workshops.length === 0 ? (
              <Text c="dimmed">{t('reports.none')}</Text>
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
                      <Table.Td>
                        <CountLink
                          n={w.enrolled}
                          path={`workshops.${w.type}.enrolled`}
                          periodEnd={periodEnd}
                          coachId={data.coachId}
                        />
                      </Table.Td>
                      <Table.Td>
                        {w.completed === null ? (
                          '—'
                        ) : (
                          <CountLink
                            n={w.completed}
                            path={`workshops.${w.type}.completed`}
                            periodEnd={periodEnd}
                            coachId={data.coachId}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <CountLink
                          n={w.attendances}
                          path={`workshops.${w.type}.attendances`}
                          periodEnd={periodEnd}
                          coachId={data.coachId}
                        />
                      </Table.Td>
                      <Table.Td>{percent(w.attendanceRate)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} fz="h4" mb="sm">
              {t('reports.coaches')}
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.staff_code')}</Table.Th>
                  <Table.Th>{t('reports.active_caseload')}</Table.Th>
                  <Table.Th>{t('reports.meetings_in_period')}</Table.Th>
                  <Table.Th>{t('reports.placement_rate')}</Table.Th>
                  <Table.Th>{t('reports.no_contact_90')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.indicators.coaches.map((c) => (
                  <Table.Tr key={c.coach}>
                    <Table.Td dir="ltr">{c.coach}</Table.Td>
                    <Table.Td>
                      <CountLink
                        n={c.activeCaseload}
                        path={`coaches.${c.coach}.activeCaseload`}
                        periodEnd={periodEnd}
                        coachId={data.coachId}
                      />
                    </Table.Td>
                    <Table.Td>
                      <CountLink
                        n={c.meetingsInPeriod}
                        path={`coaches.${c.coach}.meetingsInPeriod`}
                        periodEnd={periodEnd}
                        coachId={data.coachId}
                      />
                    </Table.Td>
                    <Table.Td>{percent(c.placementRate)}</Table.Td>
                    <Table.Td>
                      <CountLink
                        n={c.noContact90}
                        path={`coaches.${c.coach}.noContact90`}
                        periodEnd={periodEnd}
                        coachId={data.coachId}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <CompletenessPanel periodEnd={periodEnd} />
        </>
      )}
    </Stack>
  );
}
