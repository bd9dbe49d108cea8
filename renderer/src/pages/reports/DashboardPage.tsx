import { Alert, Anchor, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { DateField } from '../../components/DateField';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../session/SessionContext';
import { CoachesTable, WorkshopsTable } from './CentreTables';
import { CompletenessPanel } from './CompletenessPanel';
import { IndicatorTables } from './IndicatorTables';
import { coachReportHref, defaultPeriodEnd, periodEndOf } from './links';

/** The centre's tables (a coach: their caseload's) for a period end chosen in the address. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useHashQuery();
  const periodEnd = periodEndOf(params.get('end'));
  const dashboard = useApiQuery('dashboards.centre', { periodEnd });
  const data = dashboard.data;
  const empty = data !== undefined && data.indicators.participants.total === 0;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz="h2">
          {data?.scope === 'caseload' ? t('reports.title_caseload') : t('reports.title')}
        </Title>
        <Group align="flex-end">
          <DateField
            label={t('reports.period_end')}
            value={periodEnd}
            maxDate={todayIso()}
            onChange={(value) => value && setParams(new URLSearchParams({ end: value }))}
            data-testid="period-end"
          />
          <Anchor href={coachReportHref(periodEnd.slice(0, 7))} data-testid="coach-report-link">
            {t('reports.coach_report')}
          </Anchor>
        </Group>
      </Group>
      <QueryState query={dashboard} />
      {empty && (
        // Nothing counted: say why, and where the records would come from.
        <Alert color="blue" variant="light" data-testid="dashboard-empty">
          {t(data.scope === 'caseload' ? 'reports.empty_caseload' : 'reports.empty_centre')}{' '}
          {periodEnd !== defaultPeriodEnd() && (
            <Anchor href="#/reports" underline="always">
              {t('reports.latest_month')}
            </Anchor>
          )}{' '}
          {session.role === 'coordinator' && (
            <Anchor href="#/import" underline="always">
              {t('reports.to_import')}
            </Anchor>
          )}
        </Alert>
      )}
      {data && (
        <>
          <IndicatorTables ind={data.indicators} coachId={data.coachId} />
          <WorkshopsTable data={data} periodEnd={periodEnd} />
          <CoachesTable data={data} periodEnd={periodEnd} />
          <CompletenessPanel periodEnd={periodEnd} coachId={data.coachId} />
        </>
      )}
    </Stack>
  );
}
