import { sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../open';
import { normaliseForSearch } from '../../electron/domain/hebrew-normalise';
import { tolerantKey } from '../../electron/domain/name-keys';
import { parseNameQuery, type QueryWord } from '../../electron/domain/search-query';
import { phoneDigitsForSearch } from '../../electron/domain/phone';

/**
 * Quick search over participants by name, national id or phone.
 *
 * Names live normalised (niqqud, geresh, maqaf, final letters, Latin case and diacritics folded
 * by normaliseForSearch) in two places: `participants.search_name` ("last first", btree-indexed)
 * for queries too short for trigrams, and the contentless FTS5 trigram table
 * `participant_search` (rowid = participant id) for substring matching of 3+ characters. The
 * FTS row also carries the national id and the phone digits. Every piece of user text reaches
 * SQLite as a bound parameter; inside the MATCH expression each token is a quoted phrase.
 */

export interface SearchableParticipant {
  id: number;
  firstName: string;
  lastName: string;
  nationalId: string | null;
  phone: string | null;
}

export type MatchedOn = 'name' | 'national_id' | 'phone';

export interface SearchHit {
  id: number;
  matchedOn: MatchedOn;
}

export interface QuickSearchOptions {
  limit?: number;
}

/** Trigram FTS cannot match fewer characters than this. */
const TRIGRAM = 3;
/** A national id is looked up whole or by its last digits, never by a fragment from its middle. */
const ID_SUFFIX_MIN = 4;
const ID_DIGITS = 9;
/** A phone is looked up whole or by its last 4–7 digits (the subscriber number). */
const PHONE_SUFFIX_MIN = 4;
const PHONE_SUFFIX_MAX = 7;
// Characters that may appear in a phone number or an id as typed; anything else makes it a name query.
const DIGIT_QUERY = /^[\d\s\-+()./\u2010-\u2015\u05BE\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/;

/**
 * What search_name holds: the folded "last first". Last name first, so the column's index is
 * also the result order (last name, then first name) and ranking a long list of candidates
 * needs no table row.
 */
export function searchNameOf(firstName: string, lastName: string): string {
  return [normaliseForSearch(lastName), normaliseForSearch(firstName)].filter((part) => part !== '').join(' ');
}

interface SearchEntries {
  lastFirst: string;
  words: { word: string; key: string }[];
  names: string;
  digits: string;
}

/** What a participant's search entries hold; both writers below write exactly this. */
function searchEntriesOf(participant: SearchableParticipant): SearchEntries {
  const first = normaliseForSearch(participant.firstName);
  const last = normaliseForSearch(participant.lastName);
  const firstLast = [first, last].filter((part) => part !== '').join(' ');
  const lastFirst = [last, first].filter((part) => part !== '').join(' ');
  const words = [...new Set(lastFirst.split(' ').filter((w) => w !== ''))].map((word) => ({
    word,
    key: tolerantKey(word),
  }));
  // Both orders, so a whole name typed either way is one contiguous run of text.
  const names = `${firstLast}\n${lastFirst}`;
  const digits = [participant.nationalId, participant.phone].filter((d): d is string => Boolean(d)).join(' ');
  return { lastFirst, words, names, digits };
}

/**
 * (Re)writes a participant's search entries: search_name on the row and the FTS row. Call it
 * whenever a name, the national id or the phone changes.
 */
export function indexParticipant(db: Db, participant: SearchableParticipant): void {
  const { lastFirst, words, names, digits } = searchEntriesOf(participant);
  db.transaction((tx) => {
    tx.run(sql`UPDATE participants SET search_name = ${lastFirst} WHERE id = ${participant.id}`);
    tx.run(sql`DELETE FROM participant_name_words WHERE participant_id = ${participant.id}`);
    for (const { word, key } of words) {
      tx.run(
        sql`INSERT INTO participant_name_words (word, word_key, search_name, participant_id)
          VALUES (${word}, ${key}, ${lastFirst}, ${participant.id})`,
      );
    }
    tx.run(sql`DELETE FROM participant_search WHERE rowid = ${participant.id}`);
    tx.run(sql`INSERT INTO participant_search (rowid, names, digits) VALUES (${participant.id}, ${names}, ${digits})`);
  });
}

/**
 * indexParticipant for a participant just inserted (no entries yet), with statements prepared
 * once: a migration import of 10,000 people spends ~2 ms each in the query builder otherwise.
 * Call inside the caller's transaction.
 */
export function newParticipantIndexer(sqlite: Database.Database): (participant: SearchableParticipant) => void {
  const setName = sqlite.prepare('UPDATE participants SET search_name = ? WHERE id = ?');
  const addWord = sqlite.prepare(
    'INSERT INTO participant_name_words (word, word_key, search_name, participant_id) VALUES (?, ?, ?, ?)',
  );
  const addText = sqlite.prepare('INSERT INTO participant_search (rowid, names, digits) VALUES (?, ?, ?)');
  return (participant) => {
    const { lastFirst, words, names, digits } = searchEntriesOf(participant);
    setName.run(lastFirst, participant.id);
    for (const { word, key } of words) addWord.run(word, key, lastFirst, participant.id);
    addText.run(participant.id, names, digits);
  };
}

/** Removes a participant's search entries (search_name goes with the participant row itself). */
export function unindexParticipant(db: Db, id: number): void {
  db.run(sql`DELETE FROM participant_search WHERE rowid = ${id}`);
  db.run(sql`DELETE FROM participant_name_words WHERE participant_id = ${id}`);
}

/** Best matches first, by the tiers of the README's "Quick search"; at most `limit` (20) people. */
export function quickSearch(db: Db, query: string, options: QuickSearchOptions = {}): SearchHit[] {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 100));
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (DIGIT_QUERY.test(trimmed)) return searchDigits(db, phoneDigitsForSearch(trimmed), limit);
  return searchNames(db, normaliseForSearch(trimmed), limit);
}

/** An FTS5 string literal: the token as one quoted phrase, inner double quotes doubled. */
function phrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * An id matches whole or by its last 4–9 digits, a phone whole (any format, folded by
 * phoneDigitsForSearch) or by its last 4–7 digits; digits from the middle of either match
 * nothing. Id matches first, each kind whole before partial; then active first, last contact.
 */
function searchDigits(db: Db, digits: string, limit: number): SearchHit[] {
  if (digits.length < TRIGRAM) return [];
  const padded = digits.length <= ID_DIGITS ? digits.padStart(ID_DIGITS, '0') : digits;
  const idSuffix =
    digits.length >= ID_SUFFIX_MIN && digits.length <= ID_DIGITS
      ? sql`substr(p.national_id, ${-digits.length}) = ${digits}`
      : sql`0`;
  const phoneSuffix =
    digits.length >= PHONE_SUFFIX_MIN && digits.length <= PHONE_SUFFIX_MAX
      ? sql`substr(p.phone, ${-digits.length}) = ${digits}`
      : sql`0`;
  return db.all<SearchHit>(sql`
    SELECT id, CASE WHEN score < 2 THEN 'national_id' ELSE 'phone' END AS matchedOn FROM (
      SELECT p.id, p.search_name, p.status, p.last_contact_date,
        CASE WHEN p.national_id = ${padded} THEN 0 WHEN ${idSuffix} THEN 1
          WHEN p.phone = ${digits} THEN 2 WHEN ${phoneSuffix} THEN 3 ELSE 4 END AS score
      FROM participant_search
      JOIN participants p ON p.id = participant_search.rowid
      WHERE participant_search MATCH ${`digits : ${phrase(digits)}`}
    )
    WHERE score < 4
    ORDER BY score, status <> 'active', last_contact_date DESC NULLS LAST, search_name, id
    LIMIT ${limit}`);
}

const MAX_CHAR = sql.raw('char(1114111)');

/** Ids of participants with a name word in [from, from + anything). */
function wordsFrom(column: 'word' | 'word_key', from: string): SQL {
  return sql`SELECT participant_id FROM participant_name_words WHERE ${sql.raw(column)} >= ${from} AND ${sql.raw(column)} < ${from} || ${MAX_CHAR}`;
}

function wordsIn(column: 'word' | 'word_key', values: string[]): SQL {
  return sql`SELECT participant_id FROM participant_name_words WHERE ${sql.raw(column)} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * Who a query word finds through its forms other than as typed. The tolerant lookups skip
 * words that begin with the typed form (the typed lookup finds those), so a common name does
 * not bring its thousands twice.
 */
function forgivingCandidates(word: QueryWord): SQL[] {
  const sources: SQL[] = [];
  if (word.withoutPrefix) sources.push(wordsFrom('word', word.withoutPrefix));
  if (word.nicknameOf.length > 0) sources.push(wordsIn('word', word.nicknameOf));
  sources.push(...tolerantCandidates(word));
  if (word.transliteratedKeys.length > 0) sources.push(wordsIn('word_key', word.transliteratedKeys));
  return sources;
}

/** Who a word finds by its spelling-tolerant key, but for words beginning with it as typed. */
function tolerantCandidates(word: QueryWord): SQL[] {
  const notTyped = sql`NOT (word >= ${word.typed} AND word < ${word.typed} || ${MAX_CHAR})`;
  const words = sql`SELECT participant_id FROM participant_name_words`;
  // Two index ranges around the typed word's block, so a common name's own rows are not walked.
  const sources: SQL[] = word.tolerantKeys.flatMap((key) => [
    sql`${words} WHERE word_key = ${key} AND word < ${word.typed}`,
    sql`${words} WHERE word_key = ${key} AND word >= ${word.typed} || ${MAX_CHAR}`,
  ]);
  if (word.tolerantPrefix) sources.push(sql`${wordsFrom('word_key', word.tolerantPrefix)} AND ${notTyped}`);
  return sources;
}

/**
 * Every participant the query may find: those with every word as typed (one FTS query over
 * the 3+ letter words and digit runs, else a word-prefix range for the longest short word),
 * and those any word finds through another form. Whether all the other words match too is
 * decided by their tiers (tierOf), so this may hold more than the result.
 */
function candidatesOf(words: QueryWord[], digitRuns: string[]): SQL {
  const match = [
    ...words.filter((w) => w.typed.length >= TRIGRAM).map((w) => `names : ${phrase(w.typed)}`),
    ...digitRuns.map((run) => `digits : ${phrase(run)}`),
  ].join(' AND ');
  const [anchor = ''] = words.map((w) => w.typed).sort((x, y) => y.length - x.length);
  const typed =
    match !== ''
      ? sql`SELECT rowid FROM participant_search WHERE participant_search MATCH ${match}`
      : wordsFrom('word', anchor);
  return sql.join([typed, ...words.flatMap(forgivingCandidates)], sql` UNION `);
}

/**
 * The tier of one query word for the participant p (README, "Quick search"): 1 exact word,
 * 2 word prefix, 3 word prefix once the query's prefix letter is removed, 4 substring,
 * 5 nickname or spelling-tolerant key, 6 the other script; 7 no match.
 */
function tierOf(word: QueryWord): SQL {
  // instr, not LIKE: several times cheaper per candidate, and the text needs no escaping.
  const padded = sql.raw(`(' ' || p.search_name || ' ')`);
  const has = (text: string) => sql`instr(${padded}, ${text}) > 0`;
  const cases: SQL[] = [sql`WHEN ${has(` ${word.typed} `)} THEN 1`, sql`WHEN ${has(` ${word.typed}`)} THEN 2`];
  if (word.withoutPrefix) cases.push(sql`WHEN ${has(` ${word.withoutPrefix}`)} THEN 3`);
  if (word.typed.length >= TRIGRAM) cases.push(sql`WHEN instr(p.search_name, ${word.typed}) > 0 THEN 4`);
  for (const name of word.nicknameOf) cases.push(sql`WHEN ${has(` ${name} `)} THEN 5`);
  const tolerant = tolerantCandidates(word);
  if (tolerant.length > 0) cases.push(sql`WHEN p.id IN (${sql.join(tolerant, sql` UNION `)}) THEN 5`);
  if (word.transliteratedKeys.length > 0) {
    cases.push(sql`WHEN p.id IN (${wordsIn('word_key', word.transliteratedKeys)}) THEN 6`);
  }
  return sql`(CASE ${sql.join(cases, sql` `)} ELSE 7 END)`;
}

/**
 * Every word of the query must find a word of the name through one of its forms; the name's
 * tier is its weakest word's, or 0 when the query is the whole name. Within a tier: active
 * people first, then the most recent contact, then the better sum over the words, then by name.
 */
function searchNames(db: Db, normalised: string, limit: number): SearchHit[] {
  const { words, digitRuns } = parseNameQuery(normalised);
  if (words.length === 0 && digitRuns.length === 0) return [];

  const candidates = candidatesOf(words, digitRuns);
  // A candidate found through another form must still carry the digits typed beside the name.
  const digitFilter =
    digitRuns.length > 0
      ? sql` AND p.id IN (SELECT rowid FROM participant_search WHERE participant_search MATCH ${digitRuns
          .map((run) => `digits : ${phrase(run)}`)
          .join(' AND ')})`
      : sql``;
  // Each word's tier once per candidate (MATERIALIZED keeps SQLite from inlining the CASEs
  // into the filter and the order, which would evaluate their LIKEs several times).
  const tierColumns = words.map((word, i) => sql`${tierOf(word)} AS ${sql.raw(`t${i}`)}`);
  const t = words.map((_, i) => sql.raw(`t${i}`));
  const worst = t.length === 0 ? sql`0` : sql`max(${sql.join(t, sql`, `)}, 1)`;
  const wordCount = sql.raw(`(length(search_name) - length(replace(search_name, ' ', '')) + 1)`);
  const tier =
    t.length === 0
      ? sql`0`
      : sql`CASE WHEN ${sql.join(
          t.map((column) => sql`${column} = 1`),
          sql` AND `,
        )} AND ${wordCount} = ${words.length} THEN 0 ELSE ${worst} END`;
  const sum = t.length === 0 ? sql`0` : sql.join(t, sql` + `);
  // The candidates' status, last contact and name come from the small index by id, not from
  // their rows: a common name has a thousand candidates or more.
  return db.all<SearchHit>(sql`
    WITH scored AS MATERIALIZED (
      SELECT p.id AS id, p.search_name AS search_name, p.status AS status,
        p.last_contact_date AS last_contact_date ${sql.join(
          tierColumns.map((column) => sql`, ${column}`),
          sql``,
        )}
      FROM participants p INDEXED BY participants_search_rank WHERE p.id IN (${candidates})${digitFilter}
    )
    SELECT id, 'name' AS matchedOn FROM scored
    WHERE ${worst} < 7
    ORDER BY ${tier}, status <> 'active', last_contact_date DESC NULLS LAST, ${sum}, search_name, id
    LIMIT ${limit}`);
}
