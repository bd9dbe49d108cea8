import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { centreCodeSchema } from '../../electron/api/contracts/setup';
import { DEFAULT_CRITERIA } from '../../electron/domain/eligibility';
import { maxItemsOf, maxLengthOf } from '../../renderer/src/forms/limits';
import { schemaReasons } from '../../renderer/src/forms/reasons';
import { signInForm } from '../../renderer/src/pages/auth/SignInPage';
import { criteriaForm } from '../../renderer/src/pages/frontdesk/settings/CriteriaForm';
import { requiredFormsForm } from '../../renderer/src/pages/frontdesk/settings/RequiredFormsForm';
import { detailsForm, valuesOf } from '../../renderer/src/pages/participant/details-values';
import { storedParticipant } from '../fixtures/participant';

describe('the details form checks the participants.update patch rules', () => {
  const stored = { ...storedParticipant, birthDate: '1970-03-01', yearsExperience: 12, languages: ['עברית'] };

  it('passes a record as it is stored', () => {
    expect(schemaReasons(detailsForm, valuesOf(stored))).toEqual({});
  });

  it('names an emptied name, a number out of range and a text over its limit', () => {
    const typed = { ...valuesOf(stored), firstName: '  ', yearsExperience: 71, city: 'א'.repeat(61) };
    expect(schemaReasons(detailsForm, typed)).toEqual({
      firstName: 'validation.required',
      yearsExperience: 'validation.too_big',
      city: 'validation.too_big',
    });
  });

  it('takes an empty years box as none', () => {
    expect(detailsForm.parse({ ...valuesOf(stored), yearsExperience: '' }).yearsExperience).toBeNull();
  });
});

describe('the criteria form checks the contract criteria', () => {
  const typed = { ...DEFAULT_CRITERIA, ageMax: 75 as number | string };

  it('sends an empty maximum age as none', () => {
    expect(criteriaForm.parse({ ...typed, ageMax: '' }).ageMax).toBeNull();
  });

  it('refuses an empty minimum, and a maximum below the minimum with the server’s reason', () => {
    expect(schemaReasons(criteriaForm, { ...typed, ageMin: '' })).toEqual({ ageMin: 'validation.invalid_type' });
    expect(schemaReasons(criteriaForm, { ...typed, ageMin: 60, ageMax: 50 })).toEqual({
      ageMax: 'validation.eligibility.age_range',
    });
  });
});

describe('the required-forms list checks each row by the contract', () => {
  const row = (key: string, he: string, en: string, rowId: number) => ({ key, he, en, saved: false, rowId });

  it('trims the typed key and sends only the contract’s fields', () => {
    expect(requiredFormsForm.parse({ forms: [row(' medical ', 'אישור רפואי', 'Medical', 0)] })).toEqual({
      forms: [{ key: 'medical', he: 'אישור רפואי', en: 'Medical' }],
    });
  });

  it('puts each reason on its row, a key given twice included', () => {
    const forms = [
      row('medical', 'אישור', 'Note', 0),
      row('medical', 'א', 'Certificate', 1),
      row('Bad Key', 'אב', 'ab', 2),
    ];
    expect(schemaReasons(requiredFormsForm, { forms })).toEqual({
      'forms.1.key': 'frontdesk.forms.keyTwice',
      'forms.1.he': 'validation.too_small',
      'forms.2.key': 'validation.invalid_format',
    });
  });

  it('reads its length from the contract', () => {
    expect(maxItemsOf(contract['intake.setRequiredForms'].input.shape.forms)).toBe(20);
  });
});

describe('sign-in checks the auth.signIn rules before asking', () => {
  it('says a field is empty', () => {
    expect(schemaReasons(signInForm, { username: ' ', password: '' })).toEqual({
      username: 'validation.required',
      password: 'validation.too_small',
    });
  });
});

describe('the centre code', () => {
  it('has its length limit in the schema, as its pattern implies', () => {
    expect(maxLengthOf(centreCodeSchema)).toBe(8);
  });
});
