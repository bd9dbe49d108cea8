/**
 * An older system's occupation cell → an ISCO-08 unit group (CRF-1 §7): a 4-digit code must be
 * on the list; text maps when the occupation list names exactly one occupation for it (one
 * occupation whose title or common name is that text, else one search hit), and otherwise is
 * kept as text for the coordinator to map after the import.
 */
import { normaliseForSearch } from '../hebrew-normalise';
import { isOccupationCode, occupations } from '../occupations/index';
import { searchOccupations } from '../occupations/search';

export type OccupationCell =
  { kind: 'code'; code: string; text: string | null } | { kind: 'unmapped'; text: string } | { kind: 'unknown_code' };

let exactNames: Map<string, Set<string>> | undefined;

function namesIndex(): Map<string, Set<string>> {
  if (exactNames) return exactNames;
  exactNames = new Map();
  for (const occupation of occupations) {
    for (const name of [occupation.he, occupation.en, ...occupation.synonyms]) {
      const key = normaliseForSearch(name);
      const codes = exactNames.get(key) ?? new Set<string>();
      codes.add(occupation.code);
      exactNames.set(key, codes);
    }
  }
  return exactNames;
}

function mapText(text: string): string | null {
  const folded = normaliseForSearch(text);
  if (folded === '' || /^\d+$/.test(folded)) return null;
  const exact = namesIndex().get(folded);
  if (exact) return exact.size === 1 ? ([...exact][0] ?? null) : null;
  const hits = searchOccupations(text, 2);
  return hits.length === 1 ? (hits[0]?.occupation.code ?? null) : null;
}

/** Caches per text: an old system repeats the same few hundred job names thousands of times. */
export function occupationMapper(): (value: string) => OccupationCell {
  const cache = new Map<string, OccupationCell>();
  return (value) => {
    const cached = cache.get(value);
    if (cached) return cached;
    let result: OccupationCell;
    if (/^\d{4}$/.test(value))
      result = isOccupationCode(value) ? { kind: 'code', code: value, text: null } : { kind: 'unknown_code' };
    else {
      const code = mapText(value);
      result = code ? { kind: 'code', code, text: value } : { kind: 'unmapped', text: value };
    }
    cache.set(value, result);
    return result;
  };
}
