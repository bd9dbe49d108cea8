import { hebrewPrefixVariants } from './hebrew-normalise';
import { hebrewTolerantKey, hebrewTolerantPrefix, isHebrewWord, isLatinWord, latinSkeleton } from './name-keys';
import { fullNamesFor } from './nicknames';
import { hebrewKeysOfLatin, latinSkeletonsOfHebrew } from './transliteration';

/**
 * A quick-search name query taken apart into the forms each word is looked up by, one per
 * ranking tier (README, "Quick search"): the word as typed (exact word, word prefix,
 * substring), without one prefix letter (word prefix only: never stripped on both sides), and
 * the forgiving forms of the last tiers: spelling-tolerant keys, nickname full forms for the
 * first word, and keys of the word transliterated into the other script.
 */
export interface QueryWord {
  /** As typed, folded. */
  typed: string;
  /** Without a leading Hebrew prefix letter (ה ו ב כ ל מ ש), when the word may carry one. */
  withoutPrefix: string | null;
  /** Spelling-tolerant keys compared with a stored word's key whole. */
  tolerantKeys: string[];
  /** A tolerant key for a word typed in part, compared with the beginning of a stored key. */
  tolerantPrefix: string | null;
  /** Full names the first word may be a nickname of. */
  nicknameOf: string[];
  /** Keys of the word in the other script (Latin ↔ Hebrew). */
  transliteratedKeys: string[];
}

export interface NameQuery {
  words: QueryWord[];
  /** Runs of 3+ digits typed beside a name ("כהן 4567"). */
  digitRuns: string[];
}

const MAX_TOKENS = 6;
/** Shorter words are looked up as typed only: forgiving forms of two letters match everyone. */
const FORGIVING_MIN = 3;
/** A tolerant key shorter than this is too common to be searched by its beginning. */
const TOLERANT_PREFIX_MIN = 4;
const DIGITS_MIN = 3;

function queryWord(typed: string, first: boolean): QueryWord {
  const [, withoutPrefix = null] = hebrewPrefixVariants(typed);
  const forgiving = typed.length >= FORGIVING_MIN;
  let tolerantKeys: string[] = [];
  let tolerantPrefix: string | null = null;
  let transliteratedKeys: string[] = [];
  if (forgiving && isHebrewWord(typed)) {
    tolerantKeys = [hebrewTolerantKey(typed)];
    const prefix = hebrewTolerantPrefix(typed);
    tolerantPrefix = prefix.length >= TOLERANT_PREFIX_MIN ? prefix : null;
    transliteratedKeys = latinSkeletonsOfHebrew(typed).filter((k) => k.length >= 2);
  } else if (forgiving && isLatinWord(typed)) {
    const skeleton = latinSkeleton(typed);
    tolerantKeys = skeleton.length >= 2 ? [skeleton] : [];
    transliteratedKeys = hebrewKeysOfLatin(typed).filter((k) => k.length >= 2);
  }
  return {
    typed,
    withoutPrefix,
    tolerantKeys,
    tolerantPrefix,
    nicknameOf: first ? fullNamesFor(typed).filter((name) => !name.includes(' ')) : [],
    transliteratedKeys,
  };
}

/** `normalised` is normaliseForSearch(query). */
export function parseNameQuery(normalised: string): NameQuery {
  const words: QueryWord[] = [];
  const digitRuns: string[] = [];
  for (const token of normalised
    .split(' ')
    .filter((t) => t !== '')
    .slice(0, MAX_TOKENS)) {
    if (/^\d+$/.test(token)) {
      if (token.length >= DIGITS_MIN) digitRuns.push(token);
    } else {
      words.push(queryWord(token, words.length === 0));
    }
  }
  return { words, digitRuns };
}
