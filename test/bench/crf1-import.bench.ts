/**
 * Migration import at the size the issue names: 10,000 participants with their placements,
 * meetings, workshops and attendance (test/fixtures/crf1/migration-bundle-generator.ts) into a
 * fresh encrypted store, validated and written in one transaction. Target ≤ 30 s.
 * Run: npm run bench -- crf1-import
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initStore } from '../../electron/services/store/init-store';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { importBundle } from '../../electron/services/crf1-import/run';
import { generateMigrationBundle } from '../fixtures/crf1/migration-bundle-generator';
import type { BenchSection } from './harness';

const PARTICIPANTS = 10_000;

export async function run(): Promise<BenchSection> {
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
    const files = generateMigrationBundle({ participants: PARTICIPANTS, coaches: ['dana'] });
    const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
    const dryStarted = performance.now();
    const dry = importBundle(runtime, files, { dryRun: true });
    const dryMs = performance.now() - dryStarted;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = importBundle(runtime, files);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (!report.ok) throw new Error(`bench bundle refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
    const c = report.counts;
    return {
      title: `Migration import: ${PARTICIPANTS.toLocaleString('en')} participants, encrypted store, one transaction`,
      rows: [
        { name: 'import (parse, validate, write)', p50: ms, p95: ms, unit: 'ms' },
        { name: 'dry run (same work, rolled back)', p50: dryMs, p95: dryMs, unit: 'ms' },
      ],
      notes: [
        `bundle ${(bytes / 1e6).toFixed(1)} MB; created ${c.participants} participants, ${c.placements} placements, ${c.meetings} meetings, ` +
          `${c.workshops} workshops, ${c.sessions} sessions, ${c.enrolments} enrolments, ${c.attendance} attendance marks`,
        // The machine is shared: CPU time says what the work costs when wall time includes waiting.
        `CPU time of the import (user + system) ${(cpuMs / 1000).toFixed(1)} s`,
        `dry run counted ${dry.counts.participants} participants; target: import ≤ 30,000 ms`,
      ],
    };
  } finally {
    runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
