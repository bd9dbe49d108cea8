/**
 * Central consolidation at programme scale: 50 centres × 5,000 participants (with placements,
 * meetings, workshops and attendance; test/fixtures/crf1/central-bundles.ts), each an
 * age-encrypted October bundle; every 10th person of a centre is also in the next centre.
 * Timed: decrypt, verify, parse, indicators per centre and pooled, programme.json and the PDF.
 * Target ≤ 60 s. Run: npm run bench -- central. Set KESHER_PROGRAMME_OUT to keep the output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { consolidate } from '../../electron/services/central/consolidate';
import { syntheticCentre, writeBundle } from '../fixtures/crf1/central-bundles';
import type { BenchSection } from './harness';

const CENTRES = 50;
const PEOPLE = 5_000;
const PERIOD_END = '2026-10-31';

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-central-bench-'));
  const out = process.env.KESHER_PROGRAMME_OUT ?? path.join(dir, 'out');
  try {
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    const buildStarted = performance.now();
    for (let c = 0; c < CENTRES; c += 1) {
      const records = syntheticCentre(`c${String(c).padStart(2, '0')}`, PEOPLE, PERIOD_END);
      // Every 10th person is also in the previous centre: the same pid, as §6 makes it.
      const shared = syntheticCentre(`c${String((c + CENTRES - 1) % CENTRES).padStart(2, '0')}`, PEOPLE, PERIOD_END);
      records.participants.push(...shared.participants.filter((_, i) => i % 10 === 1));
      await writeBundle(dir, recipient, {
        code: `C${String(c).padStart(2, '0')}`,
        name: `מרכז ${c + 1}`,
        periodEnd: PERIOD_END,
        sequence: 1,
        previousBundleSha256: null,
        records,
      });
    }
    const buildMs = performance.now() - buildStarted;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const programme = await consolidate({ bundlesDir: dir, identityText: identity, period: '2026-10', outDir: out });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    return {
      title: `Central consolidation: ${CENTRES} centres × ${PEOPLE.toLocaleString('en')} participants, encrypted bundles`,
      rows: [{ name: 'consolidate (decrypt, verify, indicators, JSON, PDF)', p50: ms, p95: ms, unit: 'ms' }],
      notes: [
        `pooled total ${programme.total.participants.total.toLocaleString('en')} participants (${programme.peopleInSeveralCentres.toLocaleString('en')} in two centres); problems: ${programme.problems.length}`,
        // The machine is shared: CPU time says what the work costs when wall time includes waiting.
        `CPU time (user + system) ${(cpuMs / 1000).toFixed(1)} s`,
        `writing the ${CENTRES} bundles took ${(buildMs / 1000).toFixed(1)} s (not timed); target: ≤ 60,000 ms`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
