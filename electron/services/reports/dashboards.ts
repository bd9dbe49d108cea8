/**
 * The centre dashboard: CRF-1 §5's tables for a chosen period end, computed by the one
 * indicators module from the records the staff typed (loaded by ./dashboard-records: the
 * export's selection, read in a shape fit for 50,000 participants), and the people behind each number. A coordinator sees the centre, or a
 * coach's caseload; a coach sees their own caseload only — the same formulas over their
 * participants. Each evaluation is cached per store connection and period end until the store
 * is next written, so the drill-down after a dashboard reads no more than one page of names;
 * so are the participants and placements, which every period end reads alike.
 *
 * The figures are counted first and returned; the lists of people behind them (the same pass
 * of the indicators module, keeping who was counted) are made right after, while the
 * coordinator reads the figures, or on the first drill-down if it comes sooner. At 50,000
 * participants the lists are half a million entries, whose allocation and collection cost the
 * figures a third of their time and most of their variance.
 */
import { AppError } from '../../domain/app-error';
import {
  computeIndicators,
  indicatorMembers,
  type IndicatorMembers,
  type Indicators,
} from '../../domain/crf1/indicators';
import type { CentreRecords } from '../../domain/crf1/records';
import { todayIso, type IsoDate } from '../../domain/dates';
import { memberLabels } from '../../../db/repositories/crf1-records';
import { dashboardWriteCounter } from '../../../db/repositories/dashboard-rows';
import type { Db } from '../../../db/open';
import type { StoreRuntime } from '../store/runtime';
import type { Session } from '../store/session';
import { dashboardRecords, loadDashboardBase, type DashboardBase } from './dashboard-records';

export interface Evaluation {
  periodEnd: IsoDate;
  records: CentreRecords;
  indicators: Indicators;
  /** Made once, by membersOf: nothing here is read until someone asks who was counted. */
  members?: IndicatorMembers;
}

/** The people behind each of the evaluation's counts (see the header). */
export function membersOf(evaluation: Evaluation): IndicatorMembers {
  evaluation.members ??= indicatorMembers(evaluation.records, evaluation.periodEnd);
  return evaluation.members;
}

/**
 * The lists of the latest evaluation, made once the answer is sent: a call that comes first
 * (another period end, a write) is served first, and an evaluation evicted or made stale by
 * then is not worth its lists.
 */
let pendingMembers: NodeJS.Immediate | undefined;
function prepareMembersSoon(entry: CacheEntry, key: string): void {
  if (pendingMembers !== undefined) clearImmediate(pendingMembers);
  pendingMembers = setImmediate(() => {
    pendingMembers = undefined;
    const evaluation = entry.byKey.get(key);
    if (evaluation !== undefined) membersOf(evaluation);
  });
}

interface CacheEntry {
  /** dashboardWriteCounter when it was filled: any later write to a table read makes it stale. */
  writes: number;
  /** Participants and placements as records for every period end (read on the first miss). */
  base?: DashboardBase;
  byKey: Map<string, Evaluation>;
}

// Keyed by the connection: a re-opened store starts a new write counter and a new cache.
const cache = new WeakMap<Db, CacheEntry>();
const MAX_CACHED = 8;

/** The §5 evaluation at E of the centre (coachId undefined) or one coach's caseload. */
export function evaluationFor(runtime: StoreRuntime, periodEnd: IsoDate, coachId: number | undefined): Evaluation {
  const db = runtime.db();
  const writes = dashboardWriteCounter(db);
  let entry = cache.get(db);
  if (entry === undefined || entry.writes !== writes) {
    entry = { writes, byKey: new Map() };
    cache.set(db, entry);
  }
  const key = `${periodEnd}|${coachId ?? ''}`;
  let evaluation = entry.byKey.get(key);
  if (evaluation === undefined) {
    // Participants and placements do not depend on E: read once until the next write, each
    // period end then keeps its own by date and reads only its meetings and workshops.
    entry.base ??= loadDashboardBase(db);
    const records = dashboardRecords(db, entry.base, periodEnd, coachId);
    const centre = runtime.centre()?.code ?? '';
    evaluation = { periodEnd, records, indicators: computeIndicators(records, periodEnd, centre) };
    if (entry.byKey.size >= MAX_CACHED) entry.byKey.clear();
    entry.byKey.set(key, evaluation);
    prepareMembersSoon(entry, key);
  }
  return evaluation;
}

/**
 * Audits who opened a list of people. The audit log is not a table any figure is read from
 * (dashboardWriteCounter), so the cached evaluations stay valid.
 */
export function auditKeepingCache(runtime: StoreRuntime, entity: string, entityId: string | number): void {
  runtime.audit({ action: 'record_viewed', entity, entityId });
}

/**
 * Whose records the caller may see: a coach only their own caseload (asking for another
 * coach's is refused), a coordinator the centre or any coach's caseload.
 */
export function scopeFor(runtime: StoreRuntime, coachId: number | undefined): number | undefined {
  const session = runtime.requireSession();
  if (session.role === 'coordinator') return coachId;
  if (session.role === 'coach') {
    if (coachId !== undefined && coachId !== session.userId)
      throw new AppError('forbidden', 'errors.dashboards.other_caseload');
    return session.userId;
  }
  throw new AppError('forbidden', 'errors.forbidden');
}

/** A period end may be any day up to today: the tables of a day still to come would be guesses. */
export function requirePastPeriodEnd(runtime: StoreRuntime, periodEnd: IsoDate): void {
  if (periodEnd > todayIso(runtime.now())) {
    throw new AppError('invalid_input', 'errors.invalid_input', [
      { path: 'periodEnd', message: 'validation.dashboards.future_period_end' },
    ]);
  }
}

export function centreDashboard(runtime: StoreRuntime, input: { periodEnd: IsoDate; coachId?: number | undefined }) {
  requirePastPeriodEnd(runtime, input.periodEnd);
  const coachId = scopeFor(runtime, input.coachId);
  const { indicators } = evaluationFor(runtime, input.periodEnd, coachId);
  return {
    scope: coachId === undefined ? ('centre' as const) : ('caseload' as const),
    coachId: coachId ?? null,
    indicators,
  };
}

export interface MemberRow {
  participantId: number;
  firstName: string;
  lastName: string;
  status: string;
  coachName: string | null;
}

/**
 * One page of the people behind an indicator (`path` as in IndicatorMembers). The list is the
 * one the number was counted from, so `total` always equals the number on the dashboard; a
 * count of rows (placements, meetings, attendance) lists a person once per row.
 */
export function indicatorMemberPage(
  runtime: StoreRuntime,
  input: { periodEnd: IsoDate; path: string; coachId?: number | undefined; offset: number; limit: number },
) {
  requirePastPeriodEnd(runtime, input.periodEnd);
  const coachId = scopeFor(runtime, input.coachId);
  const list = membersOf(evaluationFor(runtime, input.periodEnd, coachId)).get(input.path);
  if (list === undefined) throw new AppError('not_found', 'errors.dashboards.unknown_indicator');
  const page = list.slice(input.offset, input.offset + input.limit).map(Number);
  const labels = memberLabels(runtime.db(), [...new Set(page)]);
  const rows: MemberRow[] = page.flatMap((id) => {
    const label = labels.get(id);
    return label === undefined
      ? []
      : [
          {
            participantId: id,
            firstName: label.firstName,
            lastName: label.lastName,
            status: label.status,
            coachName: label.coachName,
          },
        ];
  });
  auditListOpened(runtime, input.periodEnd, coachId, input.path);
  return { path: input.path, total: list.length, offset: input.offset, rows };
}

// The lists each signed-in session has opened (a new sign-in is a new Session object).
const listsOpened = new WeakMap<Session, Set<string>>();

/**
 * Audits who opened which list of people: once per session, list and period end, not per
 * page. The list (the path, the period end and the caseload it was counted over) names whose
 * records were shown, and the actor who saw them; paging through it shows no one new. An entry
 * per page was an fsync per 100 names — most of a drill-down's time at centre scale.
 */
function auditListOpened(runtime: StoreRuntime, periodEnd: IsoDate, coachId: number | undefined, path: string): void {
  const session = runtime.requireSession();
  const key = `${periodEnd}|${coachId ?? 'centre'}|${path}`;
  let opened = listsOpened.get(session);
  if (opened === undefined) {
    opened = new Set();
    listsOpened.set(session, opened);
  }
  if (opened.has(key)) return;
  auditKeepingCache(runtime, 'indicator_members', key);
  opened.add(key);
}
