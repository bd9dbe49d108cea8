/**
 * Warm generation of each printed document, from its data to the PDF bytes in memory (build
 * the definition, lay out the text, render), against the same document with the bidi layer
 * switched off (lines broken the same way, drawn in logical order: what plain pdfmake prints).
 * The two are measured in alternating rounds so that load from other jobs falls on both alike.
 * Data comes from test/fixtures/documents (invented). Fonts are loaded before timing, as they
 * are once per process in the app. Targets: one-page work plan p95 ≤ 150 ms, 20-row attendance
 * sheet p95 ≤ 150 ms, a week's batch of 30 sheets in one PDF ≤ 3 s.
 */
import { performance } from 'node:perf_hooks';
import { attendanceSheet, attendanceSheetsBatch } from '../../electron/services/documents/attendance-sheet';
import { attendanceSummary } from '../../electron/services/documents/attendance-summary';
import { coachReport } from '../../electron/services/documents/coach-report';
import { buildDocument, type DocumentSpec } from '../../electron/services/documents/document-layout';
import { exitLetter } from '../../electron/services/documents/exit-letter';
import { referralLetter } from '../../electron/services/documents/referral-letter';
import { renderPdf } from '../../electron/services/documents/render';
import { workPlan } from '../../electron/services/documents/work-plan';
import {
  sampleCoachReport,
  sampleExit,
  sampleReferral,
  sampleSheet,
  sampleSummary,
  sampleWorkPlan,
} from '../fixtures/documents/sample-data';
import { measure, percentile, type BenchRow, type BenchSection } from './harness';

const ROUNDS = 4;

interface Case {
  name: string;
  spec: () => DocumentSpec;
  iterations: number;
}

/** A week of a busy centre: 30 sessions of 12–20 people each. */
const weekBatch = () =>
  attendanceSheetsBatch(
    Array.from({ length: 30 }, (_, i) => sampleSheet(12 + (i % 9), i)),
    'he',
  );

const cases: Case[] = [
  { name: 'work plan, 1 page (he)', spec: () => workPlan(sampleWorkPlan, 'he'), iterations: 60 },
  { name: 'work plan, 1 page (en)', spec: () => workPlan(sampleWorkPlan, 'en'), iterations: 40 },
  { name: 'attendance sheet, 20 rows (he)', spec: () => attendanceSheet(sampleSheet(20), 'he'), iterations: 60 },
  { name: 'attendance summary, 6 × 8 (he)', spec: () => attendanceSummary(sampleSummary, 'he'), iterations: 40 },
  { name: 'referral letter (he)', spec: () => referralLetter(sampleReferral, 'he'), iterations: 40 },
  { name: 'exit letter (he)', spec: () => exitLetter(sampleExit, 'he'), iterations: 40 },
  { name: "coach's monthly report (he)", spec: () => coachReport(sampleCoachReport, 'he'), iterations: 40 },
  { name: "week's batch: 30 sheets, one PDF (he)", spec: weekBatch, iterations: 8 },
];

async function compare(test: Case): Promise<{ row: BenchRow; pages: number; bytes: number }> {
  const withBidi: number[] = [];
  const without: number[] = [];
  const perRound = Math.ceil(test.iterations / ROUNDS);
  let last: Buffer = Buffer.alloc(0);
  for (let round = 0; round < ROUNDS; round += 1) {
    const warmup = round === 0 ? 3 : 1;
    withBidi.push(
      ...(
        await measure(
          async () => {
            last = await renderPdf(buildDocument(test.spec()));
          },
          { iterations: perRound, warmup },
        )
      ).samples,
    );
    without.push(
      ...(
        await measure(() => renderPdf(buildDocument(test.spec(), undefined, { bidi: false })), {
          iterations: perRound,
          warmup,
        })
      ).samples,
    );
  }
  const pages = (last.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return {
    row: {
      name: test.name,
      unit: 'ms',
      p50: percentile(withBidi, 50),
      p95: percentile(withBidi, 95),
      baseline: { name: 'bidi off', p50: percentile(without, 50), p95: percentile(without, 95) },
    },
    pages,
    bytes: last.length,
  };
}

export async function run(): Promise<BenchSection> {
  // The first document of a process parses the fonts; the app does that once, so it is not timed.
  const started = performance.now();
  await renderPdf(buildDocument(workPlan(sampleWorkPlan, 'he')));
  const cold = performance.now() - started;
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const test of cases) {
    const { row, pages, bytes } = await compare(test);
    rows.push(row);
    notes.push(`${test.name}: ${pages} page(s), ${(bytes / 1024).toFixed(0)} KB`);
  }
  return {
    title: 'Documents: warm generation to PDF bytes, bidi layer on vs off',
    rows,
    notes: [
      `first document in the process (fonts parsed): ${cold.toFixed(0)} ms`,
      ...notes,
      'targets: one-page work plan p95 ≤ 150 ms, 20-row sheet p95 ≤ 150 ms, 30-sheet batch ≤ 3 s',
    ],
  };
}
