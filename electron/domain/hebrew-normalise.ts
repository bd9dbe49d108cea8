/**
 * Text folding for search. Names are stored and queried through the same function, so the
 * rules only have to agree with themselves, but they must agree exactly: a name typed with
 * niqqud, a geresh, a maqaf or a final letter in another place must fold to the same string.
 *
 * The folded form uses only non-final Hebrew letters ('כהן' → 'כהנ'): a final letter is a
 * matter of position, and a query token typed mid-word ('אברהמ…') must still match.
 */

// Geresh/gershayim and the characters people type in their place; dropped, not spaced, so
// "ג'ורג'" and 'ד"ר' stay one word. Fullwidth forms and the acute accent are listed because
// NFKD would otherwise turn them into an apostrophe or a space.
const GERESH_LIKE =
  /[\u05F3\u05F4'"`\u00B4\u02B9\u02BA\u02BB\u02BC\u02BD\u2018\u2019\u201B\u201C\u201D\u201F\u2032\u2033\uFF02\uFF07\uFF40]/g;
// Format characters: direction marks, zero-width joiners, soft hyphen, byte-order mark.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
// After NFKD every niqqud point, cantillation mark and Latin accent is a combining mark.
const COMBINING_MARKS = /\p{M}/gu;
// Maqaf (U+05BE), paseq, sof pasuq, hyphens and all other punctuation and symbols separate words.
const SEPARATORS = /[\p{P}\p{S}\p{Z}\p{Cc}]+/gu;

const FOLDS: Readonly<Record<string, string>> = {
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  // Yiddish ligatures, which NFKD leaves alone.
  װ: 'וו',
  ױ: 'וי',
  ײ: 'יי',
  // Latin letters whose "diacritic" is part of the letter, so NFKD does not split it off.
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

export function normaliseForSearch(text: string): string {
  return text
    .replace(GERESH_LIKE, '')
    .replace(FORMAT_CHARACTERS, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch)
    .replace(SEPARATORS, ' ')
    .trim()
    .normalize('NFC');
}

/** The words of the folded text, in order. */
export function searchTokens(text: string): string[] {
  const normalised = normaliseForSearch(text);
  return normalised === '' ? [] : normalised.split(' ');
}

const PREFIX_LETTERS = new Set(['ה', 'ו', 'ב', 'כ', 'ל', 'מ', 'ש']);
const HEBREW_LETTERS_ONLY = /^[\u05D0-\u05EA]+$/;
const MIN_LETTERS_FOR_PREFIX = 4;

/**
 * The token and, when it may carry a one-letter Hebrew prefix (ה ו ב כ ל מ ש) — 'הכהן',
 * 'ולוי' — also the token without it, so such a query still finds the bare name. Only
 * tokens of four letters or more are split: shorter ones are usually whole names ('משה').
 * Only one letter is removed, because stacking prefixes mostly produces non-names.
 */
export function hebrewPrefixVariants(token: string): string[] {
  const first = token[0];
  if (
    first !== undefined &&
    PREFIX_LETTERS.has(first) &&
    token.length >= MIN_LETTERS_FOR_PREFIX &&
    HEBREW_LETTERS_ONLY.test(token)
  ) {
    return [token, token.slice(1)];
  }
  return [token];
}
