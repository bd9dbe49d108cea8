import { hebrewTolerantKey, singleLetters } from './name-keys';

/**
 * Names across scripts for search: a query in Latin letters also finds a name stored in Hebrew
 * (Cohen → כהן, Levi → לוי, Mizrahi → מזרחי) and a Hebrew query a name stored in Latin letters
 * (כהן-סמית → Cohen-Smith). Spelling across scripts is ambiguous, so each side yields a few
 * candidates, and they are compared through the spelling-tolerant keys of name-keys.ts, where
 * the vowels that the other script writes differently are gone:
 * - Latin → the Hebrew spellings the rules allow, each reduced to its Hebrew key;
 * - Hebrew → the Latin skeletons the rules allow, compared with the skeleton stored for Latin names.
 * Input is folded text (normaliseForSearch): lower case, no diacritics (ü is u), no final letters.
 */

/** More candidates than this are not worth a lookup: the word is too ambiguous to pin down. */
const MAX_CANDIDATES = 64;

type Position = 'first' | 'middle' | 'last';
interface LatinRule {
  latin: string;
  /** Hebrew spellings; '' writes nothing. Position-specific ones win over `any`. */
  any: string[];
  first?: string[];
  last?: string[];
}

/** Longest spelling first: the table is matched greedily from the start of the word. */
export const LATIN_TO_HEBREW: readonly LatinRule[] = [
  { latin: 'sch', any: ['ש'] },
  { latin: 'sh', any: ['ש'] },
  { latin: 'ch', any: ['ח', 'כ'] },
  { latin: 'kh', any: ['ח', 'כ'] },
  { latin: 'ph', any: ['פ'] },
  { latin: 'th', any: ['ת', 'ט'] },
  { latin: 'tz', any: ['צ'] },
  { latin: 'ts', any: ['צ'] },
  { latin: 'zh', any: ['ז'] },
  { latin: 'ck', any: ['ק'] },
  { latin: 'ue', any: ['ו'] },
  { latin: 'oe', any: ['ו'] },
  { latin: 'ae', any: ['', 'א'] },
  { latin: 'ei', any: ['י'], first: ['אי'] },
  { latin: 'a', any: [''], first: ['א', 'ע'], last: ['ה', 'א'] },
  { latin: 'e', any: [''], first: ['א', 'ע'], last: ['ה', ''] },
  { latin: 'i', any: ['י'], first: ['אי', 'א'] },
  { latin: 'o', any: ['ו'], first: ['או', 'א'] },
  { latin: 'u', any: ['ו'], first: ['או', 'א'] },
  { latin: 'y', any: ['י'] },
  { latin: 'b', any: ['ב'] },
  { latin: 'v', any: ['ו', 'ב'] },
  { latin: 'w', any: ['ו'] },
  { latin: 'g', any: ['ג'] },
  { latin: 'j', any: ['ג', 'י'] },
  { latin: 'd', any: ['ד'] },
  { latin: 'h', any: ['ה', 'ח'], last: ['', 'ח'] },
  { latin: 'k', any: ['ק', 'כ'] },
  { latin: 'c', any: ['ק', 'כ'] },
  { latin: 'q', any: ['ק'] },
  { latin: 'l', any: ['ל'] },
  { latin: 'm', any: ['מ'] },
  { latin: 'n', any: ['נ'] },
  { latin: 'r', any: ['ר'] },
  { latin: 's', any: ['ס', 'ש'] },
  { latin: 'z', any: ['ז', 'צ'] },
  { latin: 't', any: ['ת', 'ט'] },
  { latin: 'p', any: ['פ'] },
  { latin: 'f', any: ['פ'] },
  { latin: 'x', any: ['קס'] },
];

/** Per Hebrew letter, the skeleton letters it may stand for ('' for a vowel or a silent letter). */
export const HEBREW_TO_LATIN: Readonly<Record<string, { any: string[]; first?: string[] }>> = {
  א: { any: [''] },
  ב: { any: ['b'] },
  ג: { any: ['g', 'j'] },
  ד: { any: ['d'] },
  ה: { any: ['h', ''] },
  ו: { any: ['', 'b'] },
  ז: { any: ['z'] },
  ח: { any: ['h'] },
  ט: { any: ['t'] },
  י: { any: [''], first: ['y', ''] },
  כ: { any: ['k', 'h'] },
  ל: { any: ['l'] },
  מ: { any: ['m'] },
  נ: { any: ['n'] },
  ס: { any: ['s'] },
  ע: { any: [''] },
  פ: { any: ['p'] },
  צ: { any: ['z'] },
  ק: { any: ['k'] },
  ר: { any: ['r'] },
  ש: { any: ['s'] },
  ת: { any: ['t'] },
};

function positionOf(index: number, length: number, word: string): Position {
  if (index === 0) return 'first';
  return index + length >= word.length ? 'last' : 'middle';
}

/** Every combination of the options, in order, or null past MAX_CANDIDATES. */
function combine(parts: string[][]): string[] | null {
  let out = [''];
  for (const options of parts) {
    out = [...new Set(out.flatMap((prefix) => options.map((option) => prefix + option)))];
    if (out.length > MAX_CANDIDATES) return null;
  }
  return out;
}

/** The Hebrew spellings a Latin-letter word may stand for (folded: no final letters). */
export function hebrewSpellings(latinWord: string): string[] {
  const parts: string[][] = [];
  let i = 0;
  while (i < latinWord.length) {
    const rule = LATIN_TO_HEBREW.find((r) => latinWord.startsWith(r.latin, i));
    if (!rule) return [];
    const position = positionOf(i, rule.latin.length, latinWord);
    const options = (position === 'first' ? rule.first : position === 'last' ? rule.last : undefined) ?? rule.any;
    // A doubled consonant is one Hebrew letter.
    const doubled =
      i > 0 && rule.latin.length === 1 && latinWord[i - 1] === rule.latin && !'aeiouy'.includes(rule.latin);
    parts.push(doubled ? [''] : options);
    i += rule.latin.length;
  }
  return (combine(parts) ?? []).filter((spelling) => spelling !== '');
}

/** The Hebrew keys (name-keys.ts) a Latin-letter word may stand for. */
export function hebrewKeysOfLatin(latinWord: string): string[] {
  return [...new Set(hebrewSpellings(latinWord).map(hebrewTolerantKey))];
}

/** The Latin skeletons (name-keys.ts) a Hebrew word may stand for. */
export function latinSkeletonsOfHebrew(hebrewWord: string): string[] {
  const parts: string[][] = [];
  for (const [index, letter] of [...hebrewWord].entries()) {
    const rule = HEBREW_TO_LATIN[letter];
    if (!rule) return [];
    parts.push((index === 0 ? rule.first : undefined) ?? rule.any);
  }
  // Already skeleton letters: only the doubling that dropped vowels brought together is left.
  return [...new Set((combine(parts) ?? []).map(singleLetters))].filter((s) => s !== '');
}
