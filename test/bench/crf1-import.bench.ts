/**
 * Migration import at the size the issue names: 10,000 participants with their placements,
 * meetings, workshops and attendance (test/fixtures/crf1/migration-bundle-generator.ts) into a
 * fresh encrypted store, validated and written in one transaction. Target ≤ 30 s wall.
 * Baseline, measured in the same run: the same import of 1,000 participants (a ratio of 10 or
 * less: it scales no worse than linearly). Wall and CPU time both: see ./cpu-time.
 * Run: npm run bench -- crf1-import
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initStore } from '../../electron/services/store/init-store';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { importBundle, type ImportReport } from '../../electron/services/crf1-import/run';
import { generateMigrationBundle } from '../fixtures/crf1/migration-bundle-generator';
import { describeTiming, timed, wallAndCpuRows, type Timing } from './cpu-time';
import type { BenchSection } from './harness';

const PARTICIPANTS = 10_000;
const BASELINE_PARTICIPANTS = 1_000;

/** A fresh encrypted store, signed in; the import (and, when asked, its dry run first) timed. */
async function importInto(participants: number, withDryRun: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-import-bench-'));
  const runtime = new StoreRuntime(path.join(dir, 'store'));
  try {
    await initStore(runtime, {
      centreCode: 'KFS',
      centreName: 'כפר סבא',
      admin: { username: 'dana', displayName: 'דנה', password: 'bench-password-2026-kesher' },
      kdf: { memoryKiB: 65_536, iterations: 1, parallelism: 1 },
    });
    await runtime.signIn('dana', 'bench-password-2026-kesher');
    const files = generateMigrationBundle({ participants, coaches: ['dana'] });
    const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
    const dry = withDryRun ? await timed(() => importBundle(runtime, files, { dryRun: true })) : null;
    const { result: report, timing } = await timed(() => importBundle(runtime, files));
    if (!report.ok) throw new Error(`bench bundle refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
    return { report, timing, dry, bytes };
  } finally {
    runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchSection> {
  const base = await importInto(BASELINE_PARTICIPANTS, false);
  const full = await importInto(PARTICIPANTS, true);
  const dry = full.dry as { result: ImportReport; timing: Timing };
  const c = full.report.counts;
  const baseName = `${BASELINE_PARTICIPANTS.toLocaleString('en')} participants`;
  return {
    title: `Migration import: ${PARTICIPANTS.toLocaleString('en')} participants, encrypted store, one transaction`,
    rows: [
      ...wallAndCpuRows('import (parse, validate, write)', full.timing, baseName, base.timing),
      ...wallAndCpuRows('dry run (same work, rolled back)', dry.timing, baseName, base.timing),
    ],
    notes: [
      `bundle ${(full.bytes / 1e6).toFixed(1)} MB; created ${c.participants} participants, ${c.placements} placements, ${c.meetings} meetings, ` +
        `${c.workshops} workshops, ${c.sessions} sessions, ${c.enrolments} enrolments, ${c.attendance} attendance marks`,
      `import: ${describeTiming(full.timing)}`,
      `dry run: ${describeTiming(dry.timing)}; it counted ${dry.result.counts.participants} participants`,
      `baseline (${baseName}, same run): ${describeTiming(base.timing)}`,
      'target: import ≤ 30,000 ms wall on the 2-core machine; a wall time far above the CPU time is the queue for a core',
    ],
  };
}
