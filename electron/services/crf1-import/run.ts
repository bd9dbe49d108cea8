/**
 * `kesher import` and the coordinator's import wizard: a CRF-1 migration bundle into the store,
 * all or nothing (CRF-1 §3, §7). Validation first; any error refuses the whole bundle with
 * every problem listed by file, row and column, and nothing is written. A clean bundle is
 * written in ONE transaction; a dry run does the same writes and rolls them back, so its counts
 * are exactly what the import would create. One audit entry per import (its id; counts live in
 * crf_imports, never rows).
 */
import { createHash } from 'node:crypto';
import { todayIso } from '../../domain/dates';
import type { ImportIssue } from '../../domain/crf1-import/issues';
import type { UnmappedOccupation } from '../../domain/crf1-import/plan';
import { validateBundle } from '../../domain/crf1-import/validate';
import type { StoreRuntime } from '../store/runtime';
import { emptyCounts, KeyBook, type ImportCounts } from './keys';
import { parseBundle, readZip } from './read-bundle';
import { AppError } from '../../domain/app-error';
import { writeParticipants, writePlacementsAndMeetings, type WriteContext } from './write-people';
import { writeWorkshops } from './write-workshops';

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  errors: ImportIssue[];
  /** Errors beyond the first 500 are counted, not listed. */
  omittedErrors: number;
  warnings: ImportIssue[];
  counts: ImportCounts;
  unmappedOccupations: UnmappedOccupation[];
  /** The crf_imports row of a written import. */
  importId: number | null;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Records written so far out of the total, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

class DryRunRollback extends Error {}

function bundleDigest(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash.update(name);
    hash.update(files.get(name) as Buffer);
  }
  return hash.digest('hex');
}

export function importBundle(
  runtime: StoreRuntime,
  files: ReadonlyMap<string, Buffer>,
  options: ImportOptions = {},
): ImportReport {
  const dryRun = options.dryRun ?? false;
  const sqlite = runtime.sqlite();
  const now = runtime.now();
  const today = todayIso(now);
  const staffRows = sqlite.prepare('SELECT id, username FROM staff WHERE active = 1').all() as {
    id: number;
    username: string;
  }[];
  const parsed = parseBundle(files);
  const plan = validateBundle(parsed, {
    today,
    staffByUsername: new Map(staffRows.map((s) => [s.username.toLowerCase(), s.id])),
  });
  const counts = emptyCounts();
  const report: ImportReport = {
    ok: plan !== null,
    dryRun,
    errors: parsed.issues.errors,
    omittedErrors: parsed.issues.omitted,
    warnings: parsed.issues.warnings,
    counts,
    unmappedOccupations: plan?.unmappedOccupations ?? [],
    importId: null,
  };
  if (!plan) return report;
  counts.unmappedOccupations = plan.unmappedOccupations.length;

  const total = plan.participants.length;
  const actorId = runtime.actorId();
  const write = sqlite.transaction(() => {
    const keys = new KeyBook(sqlite);
    const ctx: WriteContext = {
      runtime,
      keys,
      counts,
      actorId,
      now,
      today,
      created: new Set(),
      progress: (done) => options.onProgress?.(done, total),
    };
    const local = writeParticipants(ctx, plan);
    writePlacementsAndMeetings(ctx, plan, local);
    writeWorkshops(ctx, plan, local);
    const importId = Number(
      sqlite
        .prepare('INSERT INTO crf_imports (bundle_sha256, counts, created_at, created_by) VALUES (?, ?, ?, ?)')
        .run(bundleDigest(files), JSON.stringify(counts), now.toISOString(), actorId).lastInsertRowid,
    );
    keys.save(importId);
    if (dryRun) throw new DryRunRollback();
    return importId;
  });
  try {
    report.importId = write();
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    return report;
  }
  options.onProgress?.(total, total);
  runtime.audit({ action: 'record_created', entity: 'crf_import', entityId: report.importId, outcome: 'imported' });
  return report;
}

/** The wizard's entry: the ZIP's bytes as the renderer sent them. Not a ZIP → a translated refusal. */
export async function importZip(
  runtime: StoreRuntime,
  bytes: Buffer,
  options: ImportOptions = {},
): Promise<ImportReport> {
  runtime.requireSession();
  let files: Map<string, Buffer>;
  try {
    files = await readZip(bytes);
  } catch {
    throw new AppError('invalid_input', 'errors.import.not_a_zip');
  }
  return importBundle(runtime, files, options);
}
