import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../electron/api/result';
import { coveredByFields } from '../../renderer/src/forms/field-errors';

const invalid = (fields: ApiError['fields']): ApiError => ({
  code: 'invalid_input',
  message: 'errors.invalid_input',
  fields,
});

describe("the server's field reasons", () => {
  it('are covered by a form only when each one has a field there, a path covering the paths under it', () => {
    const nested = invalid([{ path: 'forms.commitment', message: 'validation.custom' }]);
    expect(coveredByFields(nested, ['forms'])).toBe(true);
    expect(coveredByFields(nested, ['form'])).toBe(false);
    expect(coveredByFields(invalid([{ path: 'name', message: 'validation.custom' }]), ['phone'])).toBe(false);
    // An error with no field reasons at all has to be shown above the form.
    expect(coveredByFields(invalid(undefined), ['name'])).toBe(false);
  });
});
