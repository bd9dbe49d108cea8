import { describe, expect, it } from 'vitest';
import {
  allowedDisclosures,
  coveringConsent,
  isLetterField,
  letterFields,
  letterKinds,
  sameOrganisation,
  type DisclosureConsentFacts,
} from '../../../electron/domain/letters';
import { defaultLetterTemplates, letterBody } from '../../../electron/services/documents/letter-body';
import { referralFields } from '../../../electron/services/documents/referral-letter';
import { sampleReferral } from '../../fixtures/documents/sample-data';

const TODAY = '2026-11-01';
const consent = (facts: Partial<DisclosureConsentFacts>): DisclosureConsentFacts => ({
  kind: 'disclosure',
  organisation: 'עמותת אופק',
  givenDate: '2026-01-01',
  expiresDate: null,
  withdrawnDate: null,
  ...facts,
});

describe('whether a disclosure consent covers a referral letter today', () => {
  it.each([
    ['no consent at all', [], 'no_consent'],
    ['only the data-processing consent', [consent({ kind: 'data_processing', organisation: null })], 'no_consent'],
    ['a consent for another organisation', [consent({ organisation: 'לשכת הרווחה' })], 'other_organisation'],
    ['an expired one', [consent({ expiresDate: '2026-10-31' })], 'expired'],
    ['a withdrawn one', [consent({ withdrawnDate: '2026-11-01' })], 'withdrawn'],
    [
      'withdrawn and expired: withdrawn is named',
      [consent({ expiresDate: '2026-06-01' }), consent({ withdrawnDate: '2026-10-01' })],
      'withdrawn',
    ],
    ['one that starts tomorrow', [consent({ givenDate: '2026-11-02' })], 'not_yet_given'],
  ] as const)('refuses with %s', (_name, consents, refusal) => {
    expect(coveringConsent(consents, 'עמותת אופק', TODAY)).toEqual({ refusal });
  });

  it('accepts one given today, expiring today, or withdrawn only from tomorrow', () => {
    for (const facts of [{ givenDate: TODAY }, { expiresDate: TODAY }, { withdrawnDate: '2026-11-02' }]) {
      const only = consent(facts);
      expect(coveringConsent([only], 'עמותת אופק', TODAY)).toEqual({ consent: only });
    }
  });

  it('picks the covering consent among lapsed ones for the same organisation', () => {
    const active = consent({ givenDate: '2026-10-01', organisation: 'עמותת "אופק"' });
    expect(coveringConsent([consent({ expiresDate: '2026-05-01' }), active], 'עמותת אופק', TODAY)).toEqual({
      consent: active,
    });
  });

  it('matches organisation names typed differently, never different ones', () => {
    expect(sameOrganisation('עמותת "אופק"', 'עמותת אופק')).toBe(true);
    expect(sameOrganisation('Ofek  Association', 'ofek association')).toBe(true);
    expect(sameOrganisation('מרכז-ההכוון', 'מרכז ההכוון')).toBe(true);
    expect(sameOrganisation('עמותת אופק', 'עמותת אופקים')).toBe(false);
    expect(sameOrganisation('', '')).toBe(false);
  });
});

describe('what a consent’s scope allows a letter to name', () => {
  it.each([
    ['', []],
    ['שם בלבד', []],
    ['שם, ת"ז וטלפון', ['nationalId', 'phone']],
    ['פרטי קשר וסדנאות שהשלים', ['phone', 'email', 'workshops']],
    ['יעדי תוכנית העבודה', ['goals']],
    ['name, ID number, e-mail and goals', ['nationalId', 'email', 'goals']],
  ] as const)('"%s"', (scope, items) => {
    expect(allowedDisclosures(scope)).toEqual(items);
  });

  it('leaves every field the scope does not name empty', () => {
    const fields = referralFields({ ...sampleReferral, consent: { ...sampleReferral.consent, scope: 'שם בלבד' } });
    expect(fields['participant.nationalId']).toBe('');
    expect(fields['participant.phone']).toBe('');
    expect(fields['participant.email']).toBe('');
    expect(fields['participant.workshops']).toBe('');
    expect(fields['participant.goals']).toBe('');
    expect(fields['participant.firstName']).toBe('דנה');
  });
});

describe('letter fields and the built-in wording', () => {
  it('uses only the named fields of its kind, and every referral field but the date (printed above the letter)', () => {
    for (const kind of letterKinds)
      for (const lang of ['he', 'en'] as const) {
        const names = [...defaultLetterTemplates[kind][lang].matchAll(/\{\{[#/^]?\s*([\w.]+)\s*\}\}/g)].map(
          (m) => m[1]!,
        );
        expect(names.filter((name) => !isLetterField(kind, name))).toEqual([]);
        if (kind === 'referral')
          expect(new Set(names)).toEqual(new Set(letterFields.referral.filter((name) => name !== 'today')));
      }
  });

  it('prints a sentence only when its field has a value, and inserts values as text', () => {
    const fields = referralFields({
      ...sampleReferral,
      organisation: { name: 'A & B <Ltd>', address: null, phone: null },
      consent: { ...sampleReferral.consent, scope: 'שם בלבד' },
    });
    const body = letterBody('referral', 'en', fields);
    expect(body[0]).toBe('To A & B <Ltd>');
    expect(body.join('\n')).not.toMatch(/ID number|Phone:|Workshops completed|Work plan goals/);
    expect(body.join('\n')).toContain('covering: שם בלבד.');
  });

  it('takes a coordinator’s template over the same fields in place of the wording', () => {
    const fields = referralFields(sampleReferral);
    expect(letterBody('referral', 'he', fields, 'שלום {{organisation.name}}\n\n{{coach.name}}')).toEqual([
      'שלום עמותת "אופק" לתעסוקה',
      'יוסי לוי',
    ]);
  });
});
