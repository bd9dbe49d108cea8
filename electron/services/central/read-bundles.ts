/**
 * The central office's side of CRF-1 §1–§2: every bundle in a folder decrypted with the office's
 * age identity and checked against its manifest (each file's SHA-256 and row count), then each
 * centre's bundles checked as a chain: sequences without gaps, each `previousBundleSha256` equal
 * to the SHA-256 of the previous bundle's plain ZIP, `supersedes` naming an earlier bundle of the
 * same period. Problems are codes with the bundle's file name, never record content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Decrypter } from 'age-encryption';
import { crfFileNames } from '../../domain/crf1/columns';
import type { CentreRecords } from '../../domain/crf1/records';
import type { Manifest } from '../reports/bundle';
import { sha256Hex } from '../reports/bundle';
import { recordsFromCsvTables } from '../reports/crf-csv';
import type { CsvTable } from '../reports/csv-table';
import { readZip } from '../crf1-import/read-bundle';
import { readCsvTable } from '../reports/csv-table';

export interface BundleProblem {
  file: string;
  centre: string | null;
  sequence: number | null;
  /** decrypt_failed, not_a_zip, manifest_invalid, file_missing, hash_mismatch, rows_mismatch,
   *  sequence_gap, broken_chain, bad_supersedes, duplicate_sequence. */
  problem: string;
  /** The file inside the bundle, or the missing sequence numbers. */
  detail?: string;
}

export interface ReadBundle {
  file: string;
  manifest: Manifest;
  /** SHA-256 of the plain ZIP: what the next bundle's previousBundleSha256 must be. */
  zipSha256: string;
  /** The ZIP's files; a CSV already turned into `records` is dropped from here. */
  entries: Map<string, Buffer>;
  /** Each CSV the manifest lists, parsed once here, until they become `records`. */
  tables: Map<string, CsvTable>;
  /**
   * A verified bundle listing all seven CSVs, as records at its own period end: built here so
   * that fifty centres' parsed cells never sit in memory together (their garbage collection
   * was a third of the consolidation's time). Null otherwise: the consolidation reads the
   * tables (and any unlisted CSV) itself.
   */
  records: CentreRecords | null;
  /** Its content matches its manifest. */
  verified: boolean;
}

/** The AGE-SECRET-KEY-1… lines of an identity file (comments and blank lines skipped). */
export function identitiesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('AGE-SECRET-KEY-1'));
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Manifest;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === 'crf' &&
    m.version === 1 &&
    typeof m.centre?.code === 'string' &&
    typeof m.period?.end === 'string' &&
    Number.isInteger(m.sequence) &&
    Array.isArray(m.files)
  );
}

async function readOne(dir: string, file: string, decrypter: Decrypter, problems: BundleProblem[]) {
  const fail = (problem: string, detail?: string) => {
    problems.push({ file, centre: null, sequence: null, problem, ...(detail ? { detail } : {}) });
    return null;
  };
  let zip = readFileSync(path.join(dir, file));
  if (file.endsWith('.age')) {
    try {
      zip = Buffer.from(await decrypter.decrypt(zip));
    } catch {
      return fail('decrypt_failed');
    }
  }
  let entries: Map<string, Buffer>;
  try {
    entries = await readZip(zip);
  } catch {
    return fail('not_a_zip');
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '');
  } catch {
    return fail('manifest_invalid');
  }
  if (!isManifest(manifest)) return fail('manifest_invalid');
  const bundle: ReadBundle = {
    file,
    manifest,
    zipSha256: sha256Hex(zip),
    entries,
    tables: new Map(),
    records: null,
    verified: true,
  };
  const note = (problem: string, detail?: string) => {
    bundle.verified = false;
    problems.push({
      file,
      centre: manifest.centre.code,
      sequence: manifest.sequence,
      problem,
      ...(detail ? { detail } : {}),
    });
  };
  for (const listed of manifest.files) {
    const bytes = entries.get(listed.name);
    if (!bytes) note('file_missing', listed.name);
    else if (sha256Hex(bytes) !== listed.sha256) note('hash_mismatch', listed.name);
    else if (listed.rows !== null) {
      let rows = -1;
      try {
        const table = readCsvTable(bytes);
        bundle.tables.set(listed.name, table);
        rows = 0;
        for (const r of table.rows) if (!(r.length === 1 && r[0] === '')) rows += 1;
      } catch {
        rows = -1;
      }
      if (rows !== listed.rows) note('rows_mismatch', listed.name);
    }
  }
  if (bundle.verified && crfFileNames.every((name) => bundle.tables.has(name))) {
    bundle.records = recordsFromCsvTables(bundle.tables, manifest.period.end);
    bundle.tables.clear();
    for (const name of crfFileNames) entries.delete(name);
  }
  return bundle;
}

/** Checks one centre's bundles, sorted by sequence, as a chain. */
function checkChain(bundles: ReadBundle[], problems: BundleProblem[]): void {
  const centre = bundles[0]?.manifest.centre.code ?? null;
  const bySequence = new Map<number, ReadBundle>();
  for (const b of bundles) {
    if (bySequence.has(b.manifest.sequence))
      problems.push({ file: b.file, centre, sequence: b.manifest.sequence, problem: 'duplicate_sequence' });
    bySequence.set(b.manifest.sequence, b);
  }
  const sequences = [...bySequence.keys()].sort((a, b) => a - b);
  const last = sequences.at(-1) ?? 0;
  const missing: number[] = [];
  for (let s = 1; s <= last; s += 1) if (!bySequence.has(s)) missing.push(s);
  if (missing.length > 0)
    problems.push({ file: '', centre, sequence: null, problem: 'sequence_gap', detail: missing.join(',') });
  for (const s of sequences) {
    const b = bySequence.get(s) as ReadBundle;
    const previous = bySequence.get(s - 1);
    const expected = s === 1 ? null : (previous?.zipSha256 ?? undefined);
    // Without the previous bundle the link cannot be checked; the gap above already says so.
    if (expected !== undefined && b.manifest.previousBundleSha256 !== expected)
      problems.push({ file: b.file, centre, sequence: s, problem: 'broken_chain' });
    const sup = b.manifest.supersedes;
    if (sup !== null) {
      const earlier = bySequence.get(sup);
      if (sup >= s || (earlier && earlier.manifest.period.end !== b.manifest.period.end))
        problems.push({ file: b.file, centre, sequence: s, problem: 'bad_supersedes' });
    }
  }
}

export async function readBundles(
  dir: string,
  identityText: string,
): Promise<{ bundles: ReadBundle[]; problems: BundleProblem[] }> {
  const decrypter = new Decrypter();
  for (const identity of identitiesOf(identityText)) decrypter.addIdentity(identity);
  const problems: BundleProblem[] = [];
  const bundles: ReadBundle[] = [];
  const files = readdirSync(dir)
    .filter((name) => /^crf1_.*\.zip(\.age)?$/.test(name))
    .sort();
  for (const file of files) {
    const bundle = await readOne(dir, file, decrypter, problems);
    if (bundle) bundles.push(bundle);
  }
  const byCentre = new Map<string, ReadBundle[]>();
  for (const b of bundles) byCentre.set(b.manifest.centre.code, [...(byCentre.get(b.manifest.centre.code) ?? []), b]);
  for (const list of byCentre.values()) checkChain(list, problems);
  return { bundles, problems };
}
