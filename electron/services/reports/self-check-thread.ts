/**
 * The export's self-check with its CSV part on a worker thread: the scan of every cell and
 * the indicators recomputed from the CSVs (seconds at centre scale) then run on the other core
 * while this thread computes indicators.json, hashes the entries and starts the ZIP.
 * The worker is the bundle the build writes beside this module's bundle (scripts/build-node.mjs,
 * scripts/bench.mjs). Where there is none (vitest runs the TS sources), and whenever the worker
 * fails or answers with anything but its findings, the same check runs on this thread instead:
 * the worker can only save time, and the verdict is always settleCheck's, with its errors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkCsvFiles, identifyingMatcher, settleCheck, type CsvCheck, type IdentifyingValues } from './self-check';

export const SELF_CHECK_WORKER = 'self-check-worker.cjs';

/** What the worker is given (its workerData). */
export interface CsvCheckRequest {
  files: { name: string; bytes: Uint8Array; rows: number }[];
  values: IdentifyingValues;
  periodEnd: string;
  centreCode: string;
}

export interface PendingCheck {
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

const isCsvCheck = (message: unknown): message is CsvCheck =>
  typeof message === 'object' &&
  message !== null &&
  Array.isArray((message as CsvCheck).schema) &&
  Array.isArray((message as CsvCheck).identifying) &&
  ((message as CsvCheck).indicators === null || typeof (message as CsvCheck).indicators === 'string');

/** The worker's findings, or null when it could not give them (then the caller checks here). */
function onWorker(file: string, request: CsvCheckRequest): { answer: Promise<CsvCheck | null>; worker?: Worker } {
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: request });
  } catch {
    return { answer: Promise.resolve(null) };
  }
  const answer = new Promise<CsvCheck | null>((resolve) => {
    worker.once('message', (message: unknown) => resolve(isCsvCheck(message) ? message : null));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { answer, worker };
}

/**
 * Starts the CSV part of the check of `request.files` (the export's CSVs, as written). On this
 * thread (no worker file) nothing runs until settle(), so the ZIP's deflating still overlaps it.
 */
export function startCsvCheck(request: CsvCheckRequest, workerFile = builtWorkerFile()): PendingCheck {
  let matcher: ((cell: string) => boolean) | undefined;
  const matches = () => (matcher ??= identifyingMatcher(request.values));
  const here = (): CsvCheck =>
    checkCsvFiles(
      new Map(request.files.map((f) => [f.name, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength)])),
      new Map(request.files.map((f) => [f.name, f.rows])),
      matches(),
      request.periodEnd,
      request.centreCode,
    );
  const started = workerFile === null ? null : onWorker(workerFile, request);
  return {
    async settle(entries) {
      // Made before waiting: the JSON files are scanned with it once the worker answers.
      matches();
      const check = (started && (await started.answer)) ?? here();
      settleCheck(entries, check, matches());
    },
    cancel() {
      void started?.worker?.terminate();
    },
  };
}
