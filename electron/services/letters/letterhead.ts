import { AppError } from '../../domain/app-error';
import { logoFormat, MAX_LOGO_BYTES, type Letterhead } from '../../domain/letter-templates';
import { getSetting, setSetting } from '../../../db/repositories/settings';
import type { StoreRuntime } from '../store/runtime';

export function getLetterhead(runtime: StoreRuntime): Letterhead | null {
  return getSetting(runtime.db(), 'documents.letterhead') ?? null;
}

function refuse(path: string, message: string): never {
  throw new AppError('invalid_input', 'errors.letterhead.invalid', [{ path, message }]);
}

/**
 * Sets the letterhead every letter is printed on. The logo is judged by its bytes, not by what
 * the caller says it is: a PNG or JPEG signature and at most MAX_LOGO_BYTES, or it is refused
 * and nothing is saved. The stored format is the detected one.
 */
export function saveLetterhead(runtime: StoreRuntime, input: Letterhead): Letterhead {
  let logo: Letterhead['logo'] = null;
  if (input.logo) {
    const bytes = Buffer.from(input.logo.base64, 'base64');
    if (bytes.length > MAX_LOGO_BYTES) refuse('logo', 'validation.logo_too_large');
    const format = logoFormat(bytes);
    if (!format) refuse('logo', 'validation.logo_format');
    logo = { format, base64: bytes.toString('base64') };
  }
  const value: Letterhead = { ...input, logo };
  setSetting(runtime.db(), 'documents.letterhead', value, runtime.now());
  runtime.audit({
    action: 'settings_changed',
    entity: 'letterhead',
    fields: ['centreName', 'address', 'phone', 'logo'],
  });
  return value;
}
