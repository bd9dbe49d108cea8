/**
 * `kesher central consolidate`: the programme's tables for one month from every centre's
 * bundles. Per centre, the latest verified bundle whose period ends on that month's last day
 * wins (a re-export supersedes the earlier one; an on-demand bundle ending mid-month is not a
 * month's report). Indicators per centre come from that centre's records, the total from the
 * pooled records (electron/domain/central/pool.ts), both through the one indicators module.
 * Writes programme.json and programme.pdf into the output folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeIndicators, type Indicators } from '../../domain/crf1/indicators';
import { RecordPool } from '../../domain/central/pool';
import type { CentreRecords } from '../../domain/crf1/records';
import { monthEnd } from '../reports/export';
import { recordsFromCsvTables } from '../reports/crf-csv';
import { crfFileNames } from '../../domain/crf1/columns';
import { readBundles, type BundleProblem, type ReadBundle } from './read-bundles';
import { readCsvTable } from '../reports/csv-table';
import { programmePdf } from './programme-pdf';

export interface CentreResult {
  code: string;
  name: string;
  bundle: { file: string; sequence: number; zipSha256: string; supersedes: number | null };
  indicators: Indicators;
  /** The centre's own indicators.json equals what the central office recomputed. */
  indicatorsMatchBundle: boolean;
}

export interface Programme {
  format: 'crf-programme';
  version: 1;
  period: { start: string; end: string };
  centres: CentreResult[];
  /** Centres with bundles in the folder but none (verified) for this month. */
  centresWithoutBundle: string[];
  /** Pooled: a pid in several centres is one person. */
  total: Indicators;
  peopleInSeveralCentres: number;
  problems: BundleProblem[];
}

function sameJson(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([k, w]) => [k, canon(w)]),
        )
      : Array.isArray(v)
        ? v.map(canon)
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

export function selectForPeriod(bundles: readonly ReadBundle[], periodEnd: string): Map<string, ReadBundle> {
  const chosen = new Map<string, ReadBundle>();
  for (const b of bundles) {
    if (!b.verified || b.manifest.period.end !== periodEnd) continue;
    const current = chosen.get(b.manifest.centre.code);
    if (!current || b.manifest.sequence > current.manifest.sequence) chosen.set(b.manifest.centre.code, b);
  }
  return chosen;
}

/** A bundle read-bundles left as tables (one not listing every CSV): a CSV it did not list is read here. */
function recordsOfTables(bundle: ReadBundle, periodEnd: string): CentreRecords {
  const tables = new Map(
    crfFileNames.map((name) => [
      name,
      bundle.tables.get(name) ?? readCsvTable(bundle.entries.get(name) ?? Buffer.alloc(0)),
    ]),
  );
  bundle.tables.clear();
  return recordsFromCsvTables(tables, periodEnd);
}

export async function consolidate(options: {
  bundlesDir: string;
  identityText: string;
  /** YYYY-MM */
  period: string;
  outDir: string;
}): Promise<Programme> {
  const periodEnd = monthEnd(options.period);
  const { bundles, problems } = await readBundles(options.bundlesDir, options.identityText);
  const chosen = selectForPeriod(bundles, periodEnd);
  // Records of bundles not chosen (other months, superseded ones) are not needed past here.
  for (const b of bundles) if (chosen.get(b.manifest.centre.code) !== b) b.records = null;
  // One centre at a time: its records, its indicators, then into the pool (which takes them).
  const pool = new RecordPool();
  const seen = new Map<string, number>();
  const centres: CentreResult[] = [];
  for (const code of [...chosen.keys()].sort()) {
    const bundle = chosen.get(code) as ReadBundle;
    const records = bundle.records ?? recordsOfTables(bundle, periodEnd);
    bundle.records = null;
    const indicators = computeIndicators(records, periodEnd, code);
    let theirs: unknown = null;
    try {
      theirs = JSON.parse(bundle.entries.get('indicators.json')?.toString('utf8') ?? 'null');
    } catch {
      theirs = null;
    }
    for (const p of records.participants) seen.set(p.pid, (seen.get(p.pid) ?? 0) + 1);
    pool.add(code, records);
    centres.push({
      code,
      name: bundle.manifest.centre.name,
      bundle: {
        file: bundle.file,
        sequence: bundle.manifest.sequence,
        zipSha256: bundle.zipSha256,
        supersedes: bundle.manifest.supersedes,
      },
      indicators,
      indicatorsMatchBundle: sameJson(indicators, theirs),
    });
  }
  const programme: Programme = {
    format: 'crf-programme',
    version: 1,
    period: { start: `${options.period}-01`, end: periodEnd },
    centres,
    centresWithoutBundle: [...new Set(bundles.map((b) => b.manifest.centre.code))].filter((c) => !chosen.has(c)).sort(),
    total: computeIndicators(pool.records(), periodEnd, 'ALL'),
    peopleInSeveralCentres: [...seen.values()].filter((n) => n > 1).length,
    problems,
  };
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(path.join(options.outDir, 'programme.json'), `${JSON.stringify(programme, null, 2)}\n`);
  writeFileSync(path.join(options.outDir, 'programme.pdf'), await programmePdf(programme));
  return programme;
}
