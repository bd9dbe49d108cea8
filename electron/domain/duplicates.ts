/**
 * Possible duplicates of a person being entered: staff said the old system made them type
 * the same people twice, so Kesher warns before a second record is made. The repository
 * pre-selects rows sharing the national ID or the phone number; this decides which of them
 * to show and why. It flags, it never merges: a shared landline may belong to a couple.
 *
 * Names are compared after normaliseForSearch (niqqud, geresh, final letters, case and Latin
 * diacritics folded). They are similar when the full names are within Damerau–Levenshtein
 * distance 2, also with first and last name swapped (a frequent entry slip), or when the
 * last names match and one first name begins the other ('אבי' / 'אביגדור'). Full names under
 * eight characters allow one edit only: Hebrew names are short, and two edits turn 'משה כהן'
 * into 'דנה כהן' — a couple sharing a landline. Matching across scripts ('Cohen' / 'כהן') is
 * not attempted.
 */
import { normaliseForSearch } from './hebrew-normalise';
import { normaliseIsraeliId } from './israeli-id';
import { normalisePhone } from './phone';

export interface DuplicateCheckPerson {
  /** The record's own id, so that re-checking an existing record does not find itself. */
  id?: string | number | null;
  nationalId?: string | null;
  phone?: string | null;
  /** Further numbers, if the record keeps more than one. */
  phones?: readonly (string | null | undefined)[];
  firstName?: string | null;
  lastName?: string | null;
}

export type DuplicateReason = 'same_id' | 'same_phone_similar_name';

export interface DuplicateCandidate<T> {
  person: T;
  /** Strongest first. */
  reasons: DuplicateReason[];
}

export const MAX_NAME_DISTANCE = 2;
const SHORT_NAME_LENGTH = 8;
const MIN_FIRST_NAME_PREFIX = 2;

/** Optimal-string-alignment distance over code points: insertions, deletions, substitutions, adjacent swaps. */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length]!;
}

interface FoldedName {
  first: string;
  last: string;
}

function foldName(person: DuplicateCheckPerson): FoldedName {
  return { first: normaliseForSearch(person.firstName ?? ''), last: normaliseForSearch(person.lastName ?? '') };
}

const joined = (...parts: string[]): string => parts.filter((p) => p !== '').join(' ');

function foldedNamesAreSimilar(a: FoldedName, b: FoldedName): boolean {
  const fullA = joined(a.first, a.last);
  const fullB = joined(b.first, b.last);
  if (fullA === '' || fullB === '') return false;
  const shorter = Math.min(Array.from(fullA).length, Array.from(fullB).length);
  const maxDistance = shorter < SHORT_NAME_LENGTH ? 1 : MAX_NAME_DISTANCE;
  if (damerauLevenshtein(fullA, fullB) <= maxDistance) return true;
  if (damerauLevenshtein(fullA, joined(b.last, b.first)) <= maxDistance) return true;
  if (a.last === '' || a.last !== b.last) return false;
  const [prefix, whole] = a.first.length <= b.first.length ? [a.first, b.first] : [b.first, a.first];
  return prefix.length >= MIN_FIRST_NAME_PREFIX && whole.startsWith(prefix);
}

export function namesAreSimilar(a: DuplicateCheckPerson, b: DuplicateCheckPerson): boolean {
  return foldedNamesAreSimilar(foldName(a), foldName(b));
}

function phonesOf(person: DuplicateCheckPerson): Set<string> {
  const phones = new Set<string>();
  for (const raw of [person.phone, ...(person.phones ?? [])]) {
    const canonical = normalisePhone(raw);
    if (canonical !== null) phones.add(canonical);
  }
  return phones;
}

/** The existing records that may be the same person, same-ID matches first, otherwise in input order. */
export function findDuplicateCandidates<T extends DuplicateCheckPerson>(
  newPerson: DuplicateCheckPerson,
  existing: readonly T[],
): DuplicateCandidate<T>[] {
  const nationalId = normaliseIsraeliId(newPerson.nationalId);
  const phones = phonesOf(newPerson);
  const name = foldName(newPerson);
  const candidates: DuplicateCandidate<T>[] = [];
  for (const person of existing) {
    if (newPerson.id !== undefined && newPerson.id !== null && person.id === newPerson.id) continue;
    const reasons: DuplicateReason[] = [];
    if (nationalId !== null && normaliseIsraeliId(person.nationalId) === nationalId) reasons.push('same_id');
    const sharesPhone = [...phonesOf(person)].some((phone) => phones.has(phone));
    if (sharesPhone && foldedNamesAreSimilar(name, foldName(person))) reasons.push('same_phone_similar_name');
    if (reasons.length > 0) candidates.push({ person, reasons });
  }
  const rank = (c: DuplicateCandidate<T>) => (c.reasons.includes('same_id') ? 0 : 1);
  return candidates.sort((x, y) => rank(x) - rank(y));
}
