import type { dashboardsContract } from '../contracts/dashboards';
import { requireRuntime } from '../context';
import { coachMonthlyReport } from '../../services/reports/coach-report';
import { completenessPanel } from '../../services/reports/completeness';
import { centreDashboard, indicatorMemberPage } from '../../services/reports/dashboards';
import type { HandlerMap } from './types';

export const dashboardsHandlers: HandlerMap<keyof typeof dashboardsContract> = {
  'dashboards.centre': (input, ctx) => centreDashboard(requireRuntime(ctx), input),
  'dashboards.members': (input, ctx) => indicatorMemberPage(requireRuntime(ctx), input),
  'dashboards.coachReport': (input, ctx) => coachMonthlyReport(requireRuntime(ctx), input),
  'dashboards.completeness': (input, ctx) => completenessPanel(requireRuntime(ctx), input),
};
