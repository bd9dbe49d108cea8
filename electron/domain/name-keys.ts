/**
 * The spelling-tolerant key of one folded name word (see normaliseForSearch), stored beside the
 * word itself and compared whole. Two spellings a front desk meets every day get one key:
 *
 * - Hebrew: full and defective spelling (כתיב מלא / חסר). The matres lectionis ו and י inside
 *   the word are dropped, keeping the first and the last letter (a leading ו or a trailing י is
 *   usually a consonant or the ending): זילברשטיין and זילברשטין → זלברשטנ, שמואל and שמאל →
 *   שמאל; a doubled וו/יי at an edge loses its inner half the same way.
 * - Latin: a consonant skeleton (digraphs folded, c/q → k, v/w → b, f → p, vowels dropped but a
 *   leading y, doubled letters single), so Mueller, Müller and Muller meet, and so a Hebrew
 *   query can be transliterated to the same skeleton (see transliteration.ts).
 *
 * The migration that back-fills existing people computes the same keys in SQL with replace()
 * applied in this order, so each step is one literal replacement; the integration test of that
 * migration checks both agree.
 */

const HEBREW_WORD = /^[\u05D0-\u05EA]+$/;
const LATIN_WORD = /^[a-z]+$/;

/** Applied in order, each to the whole word: multi-letter spellings of one sound first. */
export const LATIN_SKELETON_STEPS: readonly (readonly [string, string])[] = [
  ['sch', 's'],
  ['sh', 's'],
  ['ch', 'h'],
  ['kh', 'h'],
  ['ph', 'p'],
  ['th', 't'],
  ['ck', 'k'],
  ['tz', 'z'],
  ['ts', 'z'],
  ['x', 'ks'],
  ['c', 'k'],
  ['q', 'k'],
  ['w', 'b'],
  ['v', 'b'],
  ['f', 'p'],
];
export const LATIN_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'] as const;
/** Every letter a skeleton can still hold; each doubled one is made single. */
export const LATIN_SKELETON_LETTERS = [...'bdghjklmnprstyz'] as const;

export function isHebrewWord(word: string): boolean {
  return HEBREW_WORD.test(word);
}

export function isLatinWord(word: string): boolean {
  return LATIN_WORD.test(word);
}

/** The Hebrew key: ו and י dropped between the first and the last letter. */
export function hebrewTolerantKey(word: string): string {
  if (word.length < 3) return word;
  return word[0] + word.slice(1, -1).replace(/[וי]/g, '') + word.slice(-1);
}

/** The Hebrew key of a word typed only in part: its end is not the end of the stored word. */
export function hebrewTolerantPrefix(word: string): string {
  return word.length < 2 ? word : word[0] + word.slice(1).replace(/[וי]/g, '');
}

function dropVowels(text: string): string {
  return LATIN_VOWELS.reduce((acc, vowel) => acc.replaceAll(vowel, ''), text);
}

/**
 * Doubled letters made single, letter by letter as SQL's replace() does it; twice, because
 * one pass leaves two of three (Haddad: hddd → hdd → hd).
 */
export function singleLetters(text: string): string {
  const once = (input: string) =>
    LATIN_SKELETON_LETTERS.reduce((acc, letter) => acc.replaceAll(letter + letter, letter), input);
  return once(once(text));
}

export function latinSkeleton(word: string): string {
  const folded = LATIN_SKELETON_STEPS.reduce((acc, [from, to]) => acc.replaceAll(from, to), word);
  const voweless = folded.startsWith('y') ? `y${dropVowels(folded.slice(1))}` : dropVowels(folded);
  return singleLetters(voweless);
}

/** The key stored beside a folded name word; a word of neither script (digits, mixed) keys as itself. */
export function tolerantKey(word: string): string {
  if (isHebrewWord(word)) return hebrewTolerantKey(word);
  if (isLatinWord(word)) return latinSkeleton(word);
  return word;
}
