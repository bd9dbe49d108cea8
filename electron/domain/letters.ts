/**
 * The named fields a letter's text may use, per letter kind. The built-in wording
 * (electron/services/documents/letter-body.ts) and the coordinator's templates use exactly
 * these names ({{participant.firstName}}), so a template naming anything else can be refused
 * on save. Values are always plain strings; an empty string means "not known or not disclosed".
 */
export const letterKinds = ['referral', 'exit'] as const;
export type LetterKind = (typeof letterKinds)[number];

const commonFields = ['today', 'centre.name', 'coach.name', 'participant.firstName', 'participant.lastName'] as const;

export const letterFields = {
  referral: [
    ...commonFields,
    // Each of these is filled only when the consent's scope names it (disclosureItems below).
    'participant.nationalId',
    'participant.phone',
    'participant.email',
    'participant.workshops',
    'participant.goals',
    'organisation.name',
    'organisation.address',
    'organisation.phone',
    'consent.givenDate',
    'consent.expiresDate',
    'consent.scope',
  ],
  exit: [
    ...commonFields,
    'participant.enrolmentDate',
    'participant.exitDate',
    'exit.reason',
    'exit.workshopsCompleted',
    'exit.meetingsHeld',
    'exit.goalsAchieved',
    'exit.referral',
  ],
} as const satisfies Record<LetterKind, readonly string[]>;

export type LetterFieldName<K extends LetterKind> = (typeof letterFields)[K][number];
export type LetterFieldValues<K extends LetterKind> = Record<LetterFieldName<K>, string>;

/** Whether `name` is a field of this letter kind (templates are checked with it). */
export function isLetterField(kind: LetterKind, name: string): boolean {
  return (letterFields[kind] as readonly string[]).includes(name);
}

// ---- what a disclosure consent's scope allows -------------------------------------------------

/**
 * What a referral letter may tell another organisation beyond the person's name. A consent's
 * scope is free text ("which information and for what purpose"); an item is disclosed only when
 * the scope names it in Hebrew or English. Nothing is inferred: an empty scope discloses the
 * name alone.
 */
export const disclosureItems = ['nationalId', 'phone', 'email', 'workshops', 'goals'] as const;
export type DisclosureItem = (typeof disclosureItems)[number];

const ITEM_PATTERNS: Record<DisclosureItem, RegExp> = {
  nationalId: /ת["״׳']?ז|תעוד(ת|ות) זהות|מספר זהות|\bnational id\b|\bid number\b|\bidentity\b/i,
  phone: /טלפון|פרטי (ה)?קשר|פרטי התקשרות|\bphone\b|\bcontact\b/i,
  email: /דוא["״]?ל|דואר אלקטרוני|מייל|פרטי (ה)?קשר|פרטי התקשרות|\bcontact\b|\be-?mail\b/i,
  workshops: /סדנ(ה|אות)|\bworkshops?\b/i,
  goals: /יעד(ים)?|תוכנית|תכנית|\bgoals?\b|\bwork plan\b/i,
};

export function allowedDisclosures(scope: string | null | undefined): DisclosureItem[] {
  const text = (scope ?? '').normalize('NFC');
  return disclosureItems.filter((item) => ITEM_PATTERNS[item].test(text));
}

// ---- whether a disclosure consent covers a letter today ------------------------------------

export interface DisclosureConsentFacts {
  kind: 'data_processing' | 'disclosure';
  organisation: string | null;
  givenDate: string;
  expiresDate: string | null;
  withdrawnDate: string | null;
}

/** Why no letter may be written; each names what is missing. */
export type ConsentRefusal = 'no_consent' | 'other_organisation' | 'expired' | 'withdrawn' | 'not_yet_given';

/**
 * Organisation names compare without case, spacing, quotes, dashes or final-letter forms
 * ('עמותת "אופק"' and 'עמותת אופק'), since a consent names its organisation in free text.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[ךםןףץ]/g, (c) => ({ ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' })[c] ?? c)
      .replace(/[\s"'`״׳\-–—_.,()]+/g, '');
  const left = fold(a);
  return left !== '' && left === fold(b);
}

/**
 * The consent that covers a disclosure to `organisation` on `today`, or why there is none:
 * given on or before today, not expired (an expiry date is the last day it covers) and not
 * withdrawn. When several match, a covering one wins; otherwise the refusal names the
 * nearest miss (withdrawn before expired before not yet given).
 */
export function coveringConsent<C extends DisclosureConsentFacts>(
  consents: readonly C[],
  organisation: string,
  today: string,
): { consent: C } | { refusal: ConsentRefusal } {
  const disclosures = consents.filter((c) => c.kind === 'disclosure');
  const forOrganisation = disclosures.filter((c) => c.organisation && sameOrganisation(c.organisation, organisation));
  if (!forOrganisation.length) return { refusal: disclosures.length ? 'other_organisation' : 'no_consent' };
  const covering = forOrganisation.find(
    (c) =>
      c.givenDate <= today &&
      (c.expiresDate === null || c.expiresDate >= today) &&
      (c.withdrawnDate === null || c.withdrawnDate > today),
  );
  if (covering) return { consent: covering };
  if (forOrganisation.some((c) => c.withdrawnDate !== null && c.withdrawnDate <= today))
    return { refusal: 'withdrawn' };
  if (forOrganisation.some((c) => c.expiresDate !== null && c.expiresDate < today)) return { refusal: 'expired' };
  return { refusal: 'not_yet_given' };
}
