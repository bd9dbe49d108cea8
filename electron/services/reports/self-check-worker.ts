/**
 * Worker entry (bundled as self-check-worker.cjs): the CSV part of the export's self-check,
 * for self-check-thread.ts. Posts its findings; anything else it does (an error, an exit, a
 * null) makes the export check on its own thread instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCsvFiles, identifyingMatcher } from './self-check';
import type { CsvCheckRequest } from './self-check-thread';

const request = workerData as CsvCheckRequest;
const check = checkCsvFiles(
  // Buffers arrive as plain Uint8Arrays: the same bytes, viewed as Buffers again.
  new Map(request.files.map((f) => [f.name, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength)])),
  new Map(request.files.map((f) => [f.name, f.rows])),
  identifyingMatcher(request.values),
  request.periodEnd,
  request.centreCode,
);
// An error thrown while recomputing the indicators would lose its class on the way: the main
// thread recomputes them and throws its own.
parentPort?.postMessage(check.indicatorsError === undefined ? check : null);
