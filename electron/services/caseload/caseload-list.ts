import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import { withheldSections } from '../../domain/roles';
import { listCaseload, type CaseloadQuery } from '../../../db/repositories/caseload';
import type { StoreRuntime } from '../store/runtime';

export type CaseloadListQuery = Omit<CaseloadQuery, 'coachId'> & {
  scope: 'mine' | 'all';
  coachId?: number | undefined;
};

/**
 * One page of the caseload. Population tags (disability, released prisoner, …) are withheld
 * from whoever may not see them on the record: not shown, and not usable as a filter.
 */
export function listParticipants(runtime: StoreRuntime, input: CaseloadListQuery) {
  const { scope, ...query } = input;
  const me = runtime.requireSession();
  const seesTags = !withheldSections(me.role).includes('populationTags');
  if (!seesTags && query.populationTag !== undefined)
    throw new AppError('forbidden', 'errors.participant.restricted_filter');
  const coachId = scope === 'mine' ? me.userId : query.coachId;
  const page = listCaseload(runtime.db(), { ...query, coachId }, todayIso(runtime.now()));
  return {
    total: page.total,
    rows: seesTags ? page.rows : page.rows.map((row) => ({ ...row, populationTags: null })),
  };
}
