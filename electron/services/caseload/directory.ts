import { AppError } from '../../domain/app-error';
import { normalisePhone } from '../../domain/phone';
import { listServices, saveService, type ServiceInput, type ServiceRow } from '../../../db/repositories/directory';
import type { StoreRuntime } from '../store/runtime';

/** The referral services' directory as staff see it (no bookkeeping columns). */
const toEntry = ({ id, name, offers, phone, address, active }: ServiceRow) => ({
  id,
  name,
  offers,
  phone,
  address,
  active,
});

export function listServiceDirectory(runtime: StoreRuntime, includeInactive: boolean) {
  return listServices(runtime.db(), includeInactive).map(toEntry);
}

/** Adds (no id) or changes a referral service; its phone number is stored in canonical form. */
export function saveServiceEntry(runtime: StoreRuntime, input: ServiceInput & { id?: number | undefined }) {
  const { id, ...values } = input;
  const phone = values.phone ? normalisePhone(values.phone) : values.phone;
  if (values.phone && !phone)
    throw new AppError('invalid_input', 'errors.invalid_input', [{ path: 'phone', message: 'validation.phone' }]);
  const row = saveService(runtime.db(), id, { ...values, phone }, runtime.now());
  if (!row) throw new AppError('not_found', 'errors.services.not_found');
  runtime.audit({
    action: id === undefined ? 'record_created' : 'record_updated',
    entity: 'service',
    entityId: row.id,
  });
  return toEntry(row);
}
