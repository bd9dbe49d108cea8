import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { contract } from '../../electron/api/contract';
import { issuesToFields } from '../../electron/api/dispatch';
import type { ApiError } from '../../electron/api/result';
import { always, blankAsNull, chosen } from '../../renderer/src/forms/form-schemas';
import { inputOf } from '../../renderer/src/forms/input-of';
import { newPasswordRule } from '../../renderer/src/forms/password-rules';
import { lengthRangeOf, maxLengthOf, numberRangeOf } from '../../renderer/src/forms/limits';
import { reasonToShow, schemaReasons, serverReasons } from '../../renderer/src/forms/reasons';

/** What the dispatcher sends back for this input, first reason per path. */
function serverKeys(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  const out: Record<string, string> = {};
  if (!parsed.success) for (const issue of issuesToFields(parsed.error.issues)) out[issue.path] ??= issue.message;
  return out;
}

describe('a form checks with the contract schema and finds the server reason keys', () => {
  const cases: Array<[string, z.ZodType, unknown]> = [
    ['services.save, too short and too long', inputOf('services.save'), { name: 'a', offers: 'x'.repeat(501) }],
    ['participants.reopen, short reason', inputOf('participants.reopen'), { id: 1, to: 'active', reason: 'no' }],
    ['participants.exit, bad date', inputOf('participants.exit'), { id: 1, exitDate: '31/12/2025', exitReason: 'x' }],
  ];
  for (const [name, schema, input] of cases) {
    it(name, () => {
      const client = schemaReasons(schema, input);
      expect(Object.keys(client).length).toBeGreaterThan(0);
      expect(client).toEqual(serverKeys(schema, input));
    });
  }

  it('through zod4Resolver, as useContractForm validates', () => {
    const input = { name: 'a', offers: 'ok offers' };
    const schema = inputOf('services.save');
    expect(zod4Resolver(schema, { errorPriority: 'first' })(input)).toEqual(serverKeys(schema, input));
    expect(serverKeys(schema, input)).toEqual({ name: 'validation.too_small' });
  });

  it('keeps a schema’s own reason key', () => {
    expect(schemaReasons(inputOf('participants.exit'), { id: 1, exitDate: 'soon', exitReason: 'employed' })).toEqual(
      expect.objectContaining({ exitDate: 'validation.iso_date' }),
    );
  });
});

describe('server reasons land on the form fields', () => {
  const error: ApiError = {
    code: 'invalid_input',
    message: 'errors.invalid_input',
    fields: [
      { path: 'patch.notes', message: 'validation.too_big' },
      { path: 'patch.notes', message: 'validation.custom' },
      { path: 'name', message: 'validation.too_small' },
    ],
  };

  it('by the same path, first reason kept', () => {
    expect(serverReasons(error)).toEqual({ 'patch.notes': 'validation.too_big', name: 'validation.too_small' });
  });

  it('through the form’s own path mapping', () => {
    expect(serverReasons(error, (path) => path.replace(/^patch\./, ''))).toEqual({
      notes: 'validation.too_big',
      name: 'validation.too_small',
    });
  });
});

describe('reasonToShow', () => {
  it('replaces a generic rule name by the form’s sentence', () => {
    expect(reasonToShow('validation.too_small', 'frontdesk.services.nameRequired')).toEqual({
      key: 'frontdesk.services.nameRequired',
      fallback: 'frontdesk.services.nameRequired',
      values: {},
    });
  });
  it('carries the sentence’s values', () => {
    const between = { key: 'validation.lengthBetween', values: { min: 2, max: 80 } };
    expect(reasonToShow('validation.too_big', between)).toEqual({ ...between, fallback: between.key });
  });
  it('keeps a specific reason, with the sentence as fallback', () => {
    expect(reasonToShow('validation.password.too_short', 'x.sentence')).toEqual({
      key: 'validation.password.too_short',
      fallback: 'x.sentence',
      values: {},
    });
    expect(reasonToShow('validation.iso_date', 'x.sentence').key).toBe('validation.iso_date');
    expect(reasonToShow('validation.too_big', undefined)).toEqual({
      key: 'validation.too_big',
      fallback: 'validation.custom',
      values: undefined,
    });
  });
});

describe('ranges read from the schema', () => {
  const settings = contract['settings.update'].input.shape;
  it('of a text and of a number, under optional', () => {
    expect(lengthRangeOf(settings.centreName)).toEqual({ min: 2, max: 120 });
    expect(numberRangeOf(settings.idleLockMinutes)).toEqual({ min: 1, max: 120 });
    expect(() => numberRangeOf(z.number())).toThrow(/no minValue/);
  });
});

describe('maxLengthOf reads the limit from the schema', () => {
  const save = contract['services.save'].input;
  it('through optional and nullable', () => {
    expect(maxLengthOf(save.shape.name)).toBe(120);
    expect(maxLengthOf(save.shape.offers)).toBe(500);
    expect(maxLengthOf(save.shape.address)).toBe(200);
    expect(maxLengthOf(z.string().max(8).default(''))).toBe(8);
  });
  it('refuses a schema without a limit', () => {
    expect(() => maxLengthOf(z.string())).toThrow(/no maxLength/);
  });
});

describe('form-side schemas derived from the contract', () => {
  const field = blankAsNull(contract['services.save'].input.shape.address);
  it('turns blank into null and keeps the contract limit', () => {
    expect(field.parse('   ')).toBeNull();
    expect(field.parse(' Main St ')).toBe('Main St');
    expect(schemaReasons(z.object({ address: field }), { address: 'x'.repeat(201) })).toEqual({
      address: 'validation.too_big',
    });
  });
});

describe('object-level rules of a form', () => {
  const consent = inputOf('participants.completeIntake').shape.dataConsent;
  const form = z
    .object({
      givenDate: chosen(consent.shape.givenDate),
      other: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.other === '') ctx.addIssue({ code: 'custom', path: ['other'], message: 'x.required' });
    }, always);

  it('run while a field is still missing, so every reason shows at once', () => {
    expect(schemaReasons(form, { givenDate: null, other: '' })).toEqual({
      givenDate: 'validation.invalid_type',
      other: 'x.required',
    });
  });
});

describe('newPasswordRule', () => {
  const field = inputOf('auth.changePassword').shape.newPassword;
  const form = z.object({ password: z.string(), confirm: z.string() }).superRefine(
    newPasswordRule((v) => ({ ...v, username: 'dana' }), { password: 'password', confirm: 'confirm' }, field),
    always,
  );

  it('gives the policy preview’s reasons, then the contract’s', () => {
    expect(schemaReasons(form, { password: '', confirm: '' })).toEqual({ password: 'validation.required' });
    expect(schemaReasons(form, { password: 'short', confirm: 'other' })).toEqual({
      password: 'validation.password.too_short',
      confirm: 'validation.passwordMismatch',
    });
    expect(schemaReasons(form, { password: 'dana-long-enough', confirm: 'dana-long-enough' })).toEqual({
      password: 'validation.password.contains_username',
    });
    const long = 'x'.repeat(257);
    expect(schemaReasons(form, { password: long, confirm: long })).toEqual({ password: 'validation.too_big' });
    expect(schemaReasons(form, { password: 'a fine passphrase', confirm: 'a fine passphrase' })).toEqual({});
  });
});
