import { importBundle, type ImportReport } from '../../services/crf1-import/run';
import { readBundlePath } from '../../services/crf1-import/read-bundle';
import type { ImportIssue } from '../../domain/crf1-import/issues';
import { english, UsageError, type CliIo } from '../io';
import { flag, signedInRuntime, type Flags } from './store-commands';

/** "participants.csv row 3, column nationalId: …" — the cell to fix, never its value. */
export function describeIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.row === null ? null : `row ${issue.row}`, issue.column && `column ${issue.column}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${english(`errors.import.${issue.reason}`)}`;
}

function printCounts(io: CliIo, report: ImportReport): void {
  const c = report.counts;
  const verb = report.dryRun ? 'Would create' : 'Created';
  io.out(
    `${verb}: ${c.participants} participants, ${c.placements} placements, ${c.meetings} meetings, ` +
      `${c.workshops} workshops, ${c.sessions} sessions, ${c.enrolments} enrolments, ${c.attendance} attendance marks.`,
  );
  io.out(
    `Matched by national ID: ${c.participantsMatched}. Already imported earlier: ${c.participantsExisting} participants, ` +
      `${c.placementsExisting} placements, ${c.meetingsExisting} meetings, ${c.workshopsExisting} workshops.`,
  );
  if (report.unmappedOccupations.length > 0) {
    io.out(`Occupations kept as text, to map to a code (${report.unmappedOccupations.length}):`);
    for (const o of report.unmappedOccupations) io.out(`  ${o.file} row ${o.row}`);
  }
}

/**
 * `kesher import --store DIR --bundle FILE|DIR [--dry-run]`: a CRF-1 migration bundle (a ZIP or
 * a folder of its CSV files) into the store, all or nothing. Coordinators only. Exit 1 when
 * the bundle is refused, with every problem on stderr by file, row and column.
 */
export async function importCommand(io: CliIo, flags: Flags): Promise<number> {
  const bundlePath = flag(flags, 'bundle');
  let files: Map<string, Buffer>;
  try {
    files = await readBundlePath(bundlePath);
  } catch {
    throw new UsageError('--bundle must be a readable ZIP file or folder');
  }
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const started = Date.now();
    const report = importBundle(runtime, files, { dryRun: flags['dry-run'] === 'true' });
    for (const warning of report.warnings) io.err(`warning: ${describeIssue(warning)}`);
    if (!report.ok) {
      for (const error of report.errors) io.err(describeIssue(error));
      if (report.omittedErrors > 0) io.err(`… and ${report.omittedErrors} more problems.`);
      io.err(`Refused: ${report.errors.length + report.omittedErrors} problems; nothing was imported.`);
      return 1;
    }
    printCounts(io, report);
    io.out(
      report.dryRun ? 'Dry run: nothing was written.' : `Imported in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    runtime.close();
  }
}
