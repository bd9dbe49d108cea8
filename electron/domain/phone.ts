/**
 * Israeli phone numbers. The canonical form is the national number with its trunk zero and
 * no separators ('0521234567', '031234567'); it is what the store keeps and compares.
 */

export type PhoneKind = 'mobile' | 'voip' | 'landline';

export interface NormalisePhoneOptions {
  /**
   * Restore a trunk zero that a spreadsheet dropped ('521234567' → '0521234567'). Only for
   * imports of old files: at a keyboard a missing zero is more likely a typo than a format.
   */
  restoreDroppedZero?: boolean;
}

const SEPARATORS = /[\s\-\u2010-\u2015.()/]/g;
// Bidi marks slip in when numbers are copied from Hebrew text.
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const PATTERNS: readonly { kind: PhoneKind; pattern: RegExp }[] = [
  { kind: 'mobile', pattern: /^05\d{8}$/ },
  { kind: 'voip', pattern: /^07\d{8}$/ },
  { kind: 'landline', pattern: /^0[23489]\d{7}$/ },
];

/** '+972…', '00972…' and a bare '972…' of international length all become national. */
function toNational(compact: string): string | null {
  let rest: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+972')) return null;
    rest = compact.slice(4);
  } else if (compact.startsWith('00972')) {
    rest = compact.slice(5);
  } else if (compact.startsWith('972') && (compact.length === 11 || compact.length === 12)) {
    rest = compact.slice(3);
  } else {
    return compact;
  }
  // '+972 (0)52…' keeps the trunk zero in brackets; it must not be doubled.
  return rest.startsWith('0') ? rest : `0${rest}`;
}

export function phoneKind(canonical: string): PhoneKind | null {
  return PATTERNS.find(({ pattern }) => pattern.test(canonical))?.kind ?? null;
}

/** The canonical national number, or null when the input is not an Israeli mobile, VoIP or landline number. */
export function normalisePhone(input: string | null | undefined, options: NormalisePhoneOptions = {}): string | null {
  if (typeof input !== 'string') return null;
  const compact = input.replace(INVISIBLE, '').replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let national = toNational(compact);
  if (national === null) return null;
  if (options.restoreDroppedZero && !national.startsWith('0')) national = `0${national}`;
  return phoneKind(national) ? national : null;
}

export function isValidPhone(input: string | null | undefined): boolean {
  return normalisePhone(input) !== null;
}

/**
 * Display form: '052-123-4567' for mobile and VoIP, '03-123-4567' for landlines. Input that
 * is not a valid number is returned trimmed but otherwise untouched, so imported legacy
 * values stay visible rather than vanishing.
 */
export function formatPhone(input: string): string {
  const canonical = normalisePhone(input);
  if (canonical === null) return input.trim();
  const prefixLength = canonical.length === 10 ? 3 : 2;
  const prefix = canonical.slice(0, prefixLength);
  const subscriber = canonical.slice(prefixLength);
  return `${prefix}-${subscriber.slice(0, 3)}-${subscriber.slice(3)}`;
}

/**
 * Digits to match a stored canonical number against whatever a user typed in a search box,
 * including fragments ('4567'). The country code is turned back into a trunk zero only when
 * it is unmistakable: after '+' or '00', or a bare '972' followed by a full national number.
 */
export function phoneDigitsForSearch(input: string): string {
  const trimmed = input.replace(INVISIBLE, '').trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') || digits.startsWith('00')) {
    const international = digits.startsWith('00') ? digits.slice(2) : digits;
    if (!international.startsWith('972')) return digits;
    const rest = international.slice(3);
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  if (digits.startsWith('972') && (digits.length === 11 || digits.length === 12)) {
    const rest = digits.slice(3);
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  return digits;
}
