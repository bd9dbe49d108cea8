/**
 * The export's self-check on a worker thread: the scan of every cell and the indicators
 * recomputed from the CSVs (seconds at centre scale) then run on the other core while this
 * thread computes indicators.json, hashes the entries and starts the ZIP. The worker starts
 * with the export, so its start and its matcher of the store's identifying values (a third of
 * a second at 50,000 participants) are ready while this thread still reads the records.
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
  type CsvCheck,
  type IdentifyingValues,
} from './self-check';

export const SELF_CHECK_WORKER = 'self-check-worker.cjs';

/** The worker's messages, in this order: the CSVs as written, then the JSON files. */
export interface CsvFilesMessage {
  files: { name: string; bytes: Uint8Array; rows: number }[];
  periodEnd: string;
  centreCode: string;
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
  /** The CSVs, as written: the worker starts on them at once. */
  csvWritten(message: CsvFilesMessage): void;
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

function startWorker(file: string, values: IdentifyingValues): Started | null {
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: values });
  } catch {
    return null;
  }
  const answer = new Promise<WorkerFindings | null>((resolve) => {
    worker.once('message', (message: unknown) => resolve(isFindings(message) ? message : null));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { worker, answer };
}

/**
 * Starts the self-check of one export, given the store's identifying values. On this thread
 * (no worker file) nothing runs until settle(), so the ZIP's deflating still overlaps it.
 */
export function startSelfCheck(values: IdentifyingValues, workerFile = builtWorkerFile()): SelfCheckRun {
  const started = workerFile === null ? null : startWorker(workerFile, values);
  let csv: CsvFilesMessage | undefined;
  let matcher: ((cell: string) => boolean) | undefined;
  const matches = () => (matcher ??= identifyingMatcher(values));
  const post = (message: CsvFilesMessage | JsonFilesMessage) => {
    try {
      started?.worker.postMessage(message);
    } catch {
      // A worker that cannot take it has exited: its answer is null, the check runs here.
    }
  };
  return {
    csvWritten(message) {
      csv = message;
      post(message);
    },
    async settle(entries) {
      if (!csv) throw new Error('settle before csvWritten');
      post({
        json: ['manifest.json', 'indicators.json'].map((name) => [name, entries.get(name) ?? Buffer.from('null')]),
      });
      const found = started && (await started.answer);
      if (found) {
        settleCheck(entries, found.csv, () => found.json);
        return;
      }
      const check = checkCsvFiles(
        new Map(csv.files.map((f) => [f.name, asBuffer(f.bytes)])),
        new Map(csv.files.map((f) => [f.name, f.rows])),
        matches(),
        csv.periodEnd,
        csv.centreCode,
      );
      settleCheck(entries, check, () => jsonIssues(entries, matches()));
    },
    cancel() {
      void started?.worker.terminate();
    },
  };
}
