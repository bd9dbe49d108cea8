/**
 * The data-completeness panel: CRF-1 §5's dataCompleteness shares and, behind each, the
 * records to fix — participants missing a birth date, a recruitment source or a previous
 * occupation code, and programme placements missing a job scope or a salary. The lists are
 * the members the shares were computed from, so fixing every listed item brings a share to 1.
 */
import { selectPeople } from '../../domain/crf1/selection';
import type { IsoDate } from '../../domain/dates';
import { memberLabels } from '../../../db/repositories/crf1-records';
import type { StoreRuntime } from '../store/runtime';
import { auditKeepingCache, evaluationFor, membersOf, requirePastPeriodEnd, scopeFor } from './dashboards';

/** Enough rows to work through in a sitting; the count says how many there are in all. */
const LIST_LIMIT = 200;

export function completenessPanel(runtime: StoreRuntime, input: { periodEnd: IsoDate; coachId?: number | undefined }) {
  requirePastPeriodEnd(runtime, input.periodEnd);
  const coachId = scopeFor(runtime, input.coachId);
  const evaluation = evaluationFor(runtime, input.periodEnd, coachId);
  const { records, indicators } = evaluation;
  const members = membersOf(evaluation);
  const missing = (field: string): number[] => (members.get(`dataCompleteness.${field}.missing`) ?? []).map(Number);
  const people = selectPeople(records, input.periodEnd).people;
  const placements = people.flatMap((person) => person.placements.map((p) => ({ person, placement: p })));
  const noScope = placements.filter((x) => x.placement.jobScopePct === null);
  const noSalary = placements.filter((x) => x.placement.monthlySalaryNis === null);
  const participantLists = {
    birthDate: missing('birthDate'),
    recruitmentSource: missing('recruitmentSource'),
    previousOccupation: missing('previousOccupation'),
  };
  const shown = [
    ...Object.values(participantLists).flatMap((ids) => ids.slice(0, LIST_LIMIT)),
    ...[noScope, noSalary].flatMap((list) => list.slice(0, LIST_LIMIT).map((x) => Number(x.person.pid))),
  ];
  const labels = memberLabels(runtime.db(), [...new Set(shown)]);
  const name = (id: number) => ({
    firstName: labels.get(id)?.firstName ?? '',
    lastName: labels.get(id)?.lastName ?? '',
  });
  const participantGaps = (ids: number[]) => ({
    total: ids.length,
    rows: ids.slice(0, LIST_LIMIT).map((participantId) => ({ participantId, ...name(participantId) })),
  });
  const placementGaps = (list: typeof placements) => ({
    total: list.length,
    rows: list.slice(0, LIST_LIMIT).map(({ person, placement }) => ({
      participantId: Number(person.pid),
      placementId: Number(placement.placementId),
      startDate: placement.startDate,
      ...name(Number(person.pid)),
    })),
  });
  auditKeepingCache(runtime, 'data_completeness', input.periodEnd);
  return {
    periodEnd: input.periodEnd,
    shares: indicators.dataCompleteness,
    birthDate: participantGaps(participantLists.birthDate),
    recruitmentSource: participantGaps(participantLists.recruitmentSource),
    previousOccupation: participantGaps(participantLists.previousOccupation),
    placementJobScope: placementGaps(noScope),
    placementSalary: placementGaps(noSalary),
  };
}
