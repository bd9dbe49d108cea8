/**
 * The export's self-check on a worker thread: the scan of every cell and the indicators
 * recomputed from the CSVs (seconds at centre scale) then run on the other core while this
 * thread writes the next files, computes indicators.json, hashes the entries and starts the
 * ZIP. The worker starts with the export, so its start and its matcher of the store's
 * identifying values (a third of a second at 50,000 participants) are ready while this thread
 * still reads the records, and it checks each CSV as soon as it is written (participants.csv
 * and placements.csv while meetings.csv is sorted and written).
 * The worker is the bundle the build writes beside this module's bundle (scripts/build-node.mjs,
 * scripts/bench.mjs). Where there is none (vitest runs the TS sources), and whenever the worker
 * fails or answers with anything but its findings, the same check runs on this thread instead:
 * the worker can only save time, and the verdict is always settleCheck's, with its errors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FieldIssue } from '../../domain/app-error';
import {
  asBuffer,
  checkCsvFiles,
  identifyingMatcher,
  jsonIssues,
  settleCheck,
  SCANNED_JSON_FILES,
  type CsvCheck,
  type IdentifyingValues,
} from './self-check';

export const SELF_CHECK_WORKER = 'self-check-worker.cjs';
const WORKER_PATIENCE_MS = 5 * 60_000;

/** What the worker is started with (its workerData). */
export interface SelfCheckStart {
  values: IdentifyingValues;
  periodEnd: string;
  centreCode: string;
}
/** The worker's messages: each CSV as it is written, then the JSON files (the last one). */
export interface CsvFileMessage {
  file: { name: string; bytes: Uint8Array; rows: number };
}
export interface JsonFilesMessage {
  json: [string, Uint8Array][];
}
/** The worker's answer; null when it has none to give (then the check runs here). */
export interface WorkerFindings {
  csv: CsvCheck;
  json: FieldIssue[];
}

export interface SelfCheckRun {
  /** One CSV, as written: the worker starts on it at once. */
  fileWritten(file: CsvFileMessage['file']): void;
  /** The verdict on the whole bundle: throws as selfCheck does when the bundle fails a check. */
  settle(entries: ReadonlyMap<string, Buffer>): Promise<void>;
  /** Stops the worker, if one still runs (an export that failed before its verdict). */
  cancel(): void;
}

/** The built worker beside this module's bundle, or null (running from the TS sources). */
export function builtWorkerFile(): string | null {
  const file = path.join(__dirname, SELF_CHECK_WORKER);
  return existsSync(file) ? file : null;
}

const isFindings = (message: unknown): message is WorkerFindings => {
  const m = message as WorkerFindings | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    Array.isArray(m.json) &&
    typeof m.csv === 'object' &&
    m.csv !== null &&
    Array.isArray(m.csv.schema) &&
    Array.isArray(m.csv.identifying) &&
    (m.csv.indicators === null || typeof m.csv.indicators === 'string')
  );
};

interface Started {
  worker: Worker;
  answer: Promise<WorkerFindings | null>;
}

function startWorker(file: string, start: SelfCheckStart, patienceMs: number): Started | null {
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: start });
  } catch {
    return null;
  }
  const answer = new Promise<WorkerFindings | null>((resolve) => {
    // A worker that neither answers nor exits must not hold the export for ever: past this
    // (minutes, where a centre's check takes seconds) it is stopped and the check runs here.
    const patience = setTimeout(() => {
      resolve(null);
      void worker.terminate();
    }, patienceMs);
    patience.unref();
    const answered = (findings: WorkerFindings | null) => {
      clearTimeout(patience);
      resolve(findings);
    };
    worker.once('message', (message: unknown) => answered(isFindings(message) ? message : null));
    worker.once('error', () => answered(null));
    worker.once('exit', () => answered(null));
  });
  return { worker, answer };
}

/**
 * Starts the self-check of one export, given the store's identifying values. On this thread
 * (no worker file) nothing runs until settle(), so the ZIP's deflating still overlaps it.
 */
export function startSelfCheck(
  start: SelfCheckStart,
  workerFile = builtWorkerFile(),
  patienceMs = WORKER_PATIENCE_MS,
): SelfCheckRun {
  const started = workerFile === null ? null : startWorker(workerFile, start, patienceMs);
  const files: CsvFileMessage['file'][] = [];
  let matcher: ((cell: string) => boolean) | undefined;
  const matches = () => (matcher ??= identifyingMatcher(start.values));
  const post = (message: CsvFileMessage | JsonFilesMessage) => {
    try {
      started?.worker.postMessage(message);
    } catch {
      // A worker that cannot take it has exited: its answer is null, the check runs here.
    }
  };
  return {
    fileWritten(file) {
      files.push(file);
      post({ file });
    },
    async settle(entries) {
      post({
        json: SCANNED_JSON_FILES.map((name) => [name, entries.get(name) ?? Buffer.from('null')]),
      });
      const found = started && (await started.answer);
      if (found) {
        settleCheck(entries, found.csv, () => found.json);
        return;
      }
      const check = checkCsvFiles(
        new Map(files.map((f) => [f.name, asBuffer(f.bytes)])),
        new Map(files.map((f) => [f.name, f.rows])),
        matches(),
        start.periodEnd,
        start.centreCode,
      );
      settleCheck(entries, check, () => jsonIssues(entries, matches()));
    },
    cancel() {
      void started?.worker.terminate();
    },
  };
}
