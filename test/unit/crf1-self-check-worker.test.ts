/**
 * The export's self-check with its CSV part on a worker thread (self-check-thread.ts): the
 * verdict, and every error's code, message and issues, must be those of the check on the
 * export's own thread, whether the worker answers, fails to start or crashes. The worker is
 * bundled here much as scripts/build-node.mjs bundles it (vitest runs the TS sources, where the
 * export finds no built worker and checks on its own thread).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../electron/domain/crf1/indicators';
import type { CentreRecords } from '../../electron/domain/crf1/records';
import { buildBundle, type BuiltBundle } from '../../electron/services/reports/bundle';
import { exportCsvFiles } from '../../electron/services/reports/crf-csv';
import {
  checkCsvFiles,
  identifyingMatcher,
  jsonIssues,
  selfCheck,
  type IdentifyingValues,
} from '../../electron/services/reports/self-check';
import { startSelfCheck } from '../../electron/services/reports/self-check-thread';
import { person } from './domain/crf1/builders';
import { selfCheckManifest } from '../fixtures/crf1/self-check-manifest';

const E = '2026-04-30';
const CENTRE = 'TLV01';
const A = 'a1b2c3d4e5f60718';

const records = (): CentreRecords => ({
  participants: [person(A, '2025-03-01', { gender: 'F', coach: 'S01', city: 'חיפה' })],
  placements: [],
  meetings: [{ pid: A, meetingId: '11', date: '2026-04-02', coach: 'S01', mode: 'PHONE', status: 'ATTENDED' }],
  workshops: [{ workshopId: '3', type: 'OTHER', title: 'קורות חיים', facilitator: null }],
  sessions: [{ workshopId: '3', sessionNo: 1, date: '2026-04-05' }],
  enrolments: [{ workshopId: '3', pid: A }],
  attendance: [{ workshopId: '3', sessionNo: 1, pid: A, status: 'PRESENT' }],
});

const KNOWN: IdentifyingValues = {
  names: [{ first: 'דנה', last: 'לוי' }],
  ids: ['012345674'],
  phones: ['052-1234567'],
  emails: ['dana@example.org'],
  other: [],
};

async function bundleOf(
  edit: (name: string, text: string) => string = (_, t) => t,
  indicators: unknown = computeIndicators(records(), E, CENTRE),
): Promise<BuiltBundle> {
  const csv = exportCsvFiles(records(), E, new Map()).map((f) => ({
    ...f,
    bytes: Buffer.from(edit(f.name, f.bytes.toString('utf8')), 'utf8'),
  }));
  return buildBundle({
    manifest: selfCheckManifest(CENTRE, E),
    indicators,
    csv,
  });
}

/** The CSVs as the export hands them to the check: its manifest's files with their bytes. */
const csvFiles = (bundle: BuiltBundle) =>
  bundle.manifest.files
    .filter((f) => f.rows !== null)
    .map((f) => ({ name: f.name, bytes: bundle.entries.get(f.name)!, rows: f.rows! }));

/** What the check threw (or 'passed'), as plain data to compare. */
async function verdict(run: () => unknown): Promise<unknown> {
  try {
    await run();
    return 'passed';
  } catch (error) {
    const e = error as { name: string; code: string; messageKey: string; fields: unknown };
    return { name: e.name, code: e.code, messageKey: e.messageKey, fields: e.fields };
  }
}

/** The check as the export runs it: started first, given each CSV, then the whole bundle. */
const onThread = (bundle: BuiltBundle, worker: string | null, patienceMs?: number) =>
  verdict(() => {
    const run = startSelfCheck({ values: KNOWN, periodEnd: E, centreCode: CENTRE }, worker, patienceMs);
    for (const file of csvFiles(bundle)) run.fileWritten(file);
    return run.settle(bundle.entries);
  });

let dir: string;
let worker: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kesher-self-check-worker-'));
  worker = path.join(dir, 'self-check-worker.cjs');
  await build({
    entryPoints: ['electron/services/reports/self-check-worker.ts'],
    outfile: worker,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Its packages bundled in: from a temporary folder the worker could not find node_modules.
    logLevel: 'warning',
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the export self-check on a worker thread', () => {
  it('passes a clean bundle and refuses each kind of failure exactly as the check on this thread', async () => {
    const cases: [string, BuiltBundle][] = [
      ['clean', await bundleOf()],
      ['identifying cell', await bundleOf((n, t) => (n === 'participants.csv' ? t.replace('חיפה', 'לוי') : t))],
      [
        'phone in a title',
        await bundleOf((n, t) => (n === 'workshops.csv' ? t.replace('קורות חיים', 'טל 052 123 4567') : t)),
      ],
      ['schema', await bundleOf((n, t) => (n === 'meetings.csv' ? t.replace(',PHONE,', ',FAX,') : t))],
      ['indicators', await bundleOf(undefined, { other: true })],
    ];
    for (const [name, bundle] of cases) {
      const inline = await verdict(() => selfCheck(bundle, E, CENTRE, KNOWN));
      expect(await onThread(bundle, worker), name).toEqual(inline);
      expect(await onThread(bundle, null), name).toEqual(inline);
    }
    expect(await verdict(() => selfCheck(cases[1]![1], E, CENTRE, KNOWN))).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.export.check.identifying',
      fields: [{ path: 'participants.csv:2:city', message: 'errors.export.check.identifying' }],
    });
  });

  it('posts the findings of the check, as made on this thread', async () => {
    const bundle = await bundleOf((n, t) => (n === 'meetings.csv' ? t.replace(',PHONE,', ',FAX,') : t));
    const named = new Map(bundle.entries);
    named.set('manifest.json', Buffer.from(JSON.stringify({ centre: { name: 'דנה לוי' } })));
    const files = csvFiles(bundle);
    const posted = await new Promise((resolve, reject) => {
      const thread = new Worker(worker, { workerData: { values: KNOWN, periodEnd: E, centreCode: CENTRE } });
      thread.once('message', resolve);
      thread.once('error', reject);
      // In another order than §1's: the findings are gathered in §1's order all the same.
      for (const file of [...files].reverse()) thread.postMessage({ file });
      thread.postMessage({ json: [...named].filter(([name]) => name.endsWith('.json')) });
    });
    const matches = identifyingMatcher(KNOWN);
    const csv = checkCsvFiles(
      new Map(files.map((f) => [f.name, f.bytes])),
      new Map(files.map((f) => [f.name, f.rows])),
      matches,
      E,
      CENTRE,
    );
    expect(csv.schema).toHaveLength(1);
    const json = jsonIssues(named, matches);
    expect(json).toEqual([{ path: 'manifest.json', message: 'errors.export.check.identifying' }]);
    expect(posted).toEqual({ csv, json });
  });

  it('takes the findings the worker posts', async () => {
    // A stand-in worker that reports a problem the bytes do not have: its answer is the one used.
    const liar = path.join(dir, 'liar.cjs');
    writeFileSync(
      liar,
      `const { parentPort } = require('node:worker_threads');\n` +
        `parentPort.once('message', () => parentPort.postMessage({ csv: { schema: [{ path: 'x', message: 'y' }], identifying: [], indicators: null }, json: [] }));`,
    );
    expect(await onThread(await bundleOf(), liar)).toMatchObject({ fields: [{ path: 'x', message: 'y' }] });
  });

  it('checks on this thread when the worker cannot start, crashes or answers with something else', async () => {
    const crashing = path.join(dir, 'crashing.cjs');
    writeFileSync(crashing, `throw new Error('no');`);
    const silent = path.join(dir, 'silent.cjs');
    writeFileSync(silent, `require('node:worker_threads').parentPort.postMessage('hello');`);
    const bundle = await bundleOf((n, t) => (n === 'participants.csv' ? t.replace('חיפה', 'לוי') : t));
    const inline = await verdict(() => selfCheck(bundle, E, CENTRE, KNOWN));
    for (const file of [path.join(dir, 'missing.cjs'), crashing, silent])
      expect(await onThread(bundle, file), file).toEqual(inline);
  });

  it('stops a worker that neither answers nor exits, and checks on this thread', async () => {
    const hanging = path.join(dir, 'hanging.cjs');
    writeFileSync(hanging, `setInterval(() => undefined, 1000);`);
    const bundle = await bundleOf((n, t) => (n === 'participants.csv' ? t.replace('חיפה', 'לוי') : t));
    const inline = await verdict(() => selfCheck(bundle, E, CENTRE, KNOWN));
    // Without the patience this would never settle, and the test would time out.
    expect(await onThread(bundle, hanging, 300)).toEqual(inline);
  });
});
