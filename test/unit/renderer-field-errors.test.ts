import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../electron/api/result';
import { coveredByFields, serverFieldErrors } from '../../renderer/src/forms/field-errors';

const texts: Record<string, string> = {
  'validation.custom': 'Not valid.',
  'validation.too_small': 'Too short.',
  'validation.iso_date': 'Not a date.',
  'frontdesk.inquiry.problems.phone': 'A phone looks like 05X-XXX-XXXX.',
};
const t = ((key: string, options?: { defaultValue?: string }) =>
  texts[key] ?? options?.defaultValue ?? key) as TFunction;

const invalid = (fields: ApiError['fields']): ApiError => ({
  code: 'invalid_input',
  message: 'errors.invalid_input',
  fields,
});

describe("the server's field reasons", () => {
  it('are translated by input path, the first reason for a path being the one shown', () => {
    const error = invalid([
      { path: 'name', message: 'validation.too_small' },
      { path: 'name', message: 'validation.custom' },
      { path: 'forms.commitment', message: 'validation.iso_date' },
    ]);
    expect(serverFieldErrors(error, t)).toEqual({ name: 'Too short.', 'forms.commitment': 'Not a date.' });
  });

  it("fall back to the form's sentence for the field, then to the generic one", () => {
    const error = invalid([
      { path: 'phone', message: 'validation.phone_untranslated' },
      { path: 'city', message: 'validation.city_untranslated' },
    ]);
    const fallback = (path: string) => (path === 'phone' ? 'frontdesk.inquiry.problems.phone' : undefined);
    expect(serverFieldErrors(error, t, fallback)).toEqual({
      phone: 'A phone looks like 05X-XXX-XXXX.',
      city: 'Not valid.',
    });
  });

  it('are covered by a form only when each one has a field there, a path covering the paths under it', () => {
    const nested = invalid([{ path: 'forms.commitment', message: 'validation.custom' }]);
    expect(coveredByFields(nested, ['forms'])).toBe(true);
    expect(coveredByFields(nested, ['form'])).toBe(false);
    expect(coveredByFields(invalid([{ path: 'name', message: 'validation.custom' }]), ['phone'])).toBe(false);
    // An error with no field reasons at all has to be shown above the form.
    expect(coveredByFields(invalid(undefined), ['name'])).toBe(false);
  });
});
