import { AppError } from '../../domain/app-error';
import type { WorkshopType } from '../../domain/codes';
import { workshopCatalogue } from '../../domain/workshop-catalogue';
import { getTitle, listTitles, saveTitle } from '../../../db/repositories/workshops';
import type { StoreRuntime } from '../store/runtime';

function titleView(row: ReturnType<typeof listTitles>[number]) {
  return { id: row.id, type: row.type, nameHe: row.nameHe, nameEn: row.nameEn, active: row.active };
}

/** The 27 CRF-1 types with their defaults, and the centre's own titles mapped onto them. */
export function catalogue(runtime: StoreRuntime) {
  return { types: [...workshopCatalogue], titles: listTitles(runtime.db()).map(titleView) };
}

export function saveCentreTitle(
  runtime: StoreRuntime,
  input: {
    id?: number | undefined;
    type: WorkshopType;
    nameHe: string;
    nameEn?: string | null | undefined;
    active?: boolean | undefined;
  },
) {
  const { id, ...rest } = input;
  if (id !== undefined && !getTitle(runtime.db(), id))
    throw new AppError('not_found', 'errors.workshops.title_not_found');
  const row = saveTitle(
    runtime.db(),
    id,
    { type: rest.type, nameHe: rest.nameHe, nameEn: rest.nameEn || null, active: rest.active ?? true },
    runtime.now(),
  );
  if (!row) throw new AppError('not_found', 'errors.workshops.title_not_found');
  runtime.audit({
    action: id === undefined ? 'record_created' : 'record_updated',
    entity: 'workshop_title',
    entityId: row.id,
  });
  return titleView(row);
}
