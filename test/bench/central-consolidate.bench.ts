/**
 * Central consolidation at programme scale: 50 centres × 5,000 participants (with placements,
 * meetings, workshops and attendance; test/fixtures/crf1/central-bundles.ts), each an
 * age-encrypted October bundle; every 10th person of a centre is also in the next centre.
 * Timed: decrypt, verify, parse, indicators per centre and pooled, programme.json and the PDF.
 * Target ≤ 60 s wall. Baseline, measured in the same run: the first 5 of the same bundles
 * consolidated alone (a ratio of 10 or less: it scales no worse than linearly). Wall and CPU time both: see
 * ./cpu-time. Run: npm run bench -- central. Set KESHER_PROGRAMME_OUT to keep the output.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { consolidate } from '../../electron/services/central/consolidate';
import { syntheticCentre, writeBundle } from '../fixtures/crf1/central-bundles';
import { describeTiming, timed, wallAndCpuRows } from './cpu-time';
import type { BenchSection } from './harness';

const CENTRES = 50;
const BASELINE_CENTRES = 5;
const PEOPLE = 5_000;
const PERIOD_END = '2026-10-31';

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-central-bench-'));
  const bundles = path.join(dir, 'all');
  const baselineBundles = path.join(dir, 'baseline');
  const out = process.env.KESHER_PROGRAMME_OUT ?? path.join(dir, 'out');
  try {
    mkdirSync(bundles);
    mkdirSync(baselineBundles);
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    const buildStarted = performance.now();
    for (let c = 0; c < CENTRES; c += 1) {
      const records = syntheticCentre(`c${String(c).padStart(2, '0')}`, PEOPLE, PERIOD_END);
      // Every 10th person is also in the previous centre: the same pid, as §6 makes it.
      const shared = syntheticCentre(`c${String((c + CENTRES - 1) % CENTRES).padStart(2, '0')}`, PEOPLE, PERIOD_END);
      records.participants.push(...shared.participants.filter((_, i) => i % 10 === 1));
      await writeBundle(bundles, recipient, {
        code: `C${String(c).padStart(2, '0')}`,
        name: `מרכז ${c + 1}`,
        periodEnd: PERIOD_END,
        sequence: 1,
        previousBundleSha256: null,
        records,
      });
    }
    for (const file of readdirSync(bundles).sort().slice(0, BASELINE_CENTRES))
      copyFileSync(path.join(bundles, file), path.join(baselineBundles, file));
    const buildMs = performance.now() - buildStarted;
    const base = await timed(() =>
      consolidate({
        bundlesDir: baselineBundles,
        identityText: identity,
        period: '2026-10',
        outDir: path.join(dir, 'baseline-out'),
      }),
    );
    const full = await timed(() =>
      consolidate({ bundlesDir: bundles, identityText: identity, period: '2026-10', outDir: out }),
    );
    const programme = full.result;
    const baseName = `${BASELINE_CENTRES} centres`;
    return {
      title: `Central consolidation: ${CENTRES} centres × ${PEOPLE.toLocaleString('en')} participants, encrypted bundles`,
      rows: wallAndCpuRows('consolidate (decrypt, verify, indicators, JSON, PDF)', full.timing, baseName, base.timing),
      notes: [
        `pooled total ${programme.total.participants.total.toLocaleString('en')} participants (${programme.peopleInSeveralCentres.toLocaleString('en')} in two centres); problems: ${programme.problems.length}`,
        `consolidation: ${describeTiming(full.timing)}`,
        `baseline (${baseName} × ${PEOPLE.toLocaleString('en')}, same run): ${describeTiming(base.timing)}`,
        `writing the ${CENTRES} bundles took ${(buildMs / 1000).toFixed(1)} s (not timed)`,
        'target: ≤ 60,000 ms wall on the 2-core machine; a wall time far above the CPU time is the queue for a core',
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
