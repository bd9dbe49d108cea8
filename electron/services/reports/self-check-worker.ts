/**
 * Worker entry (bundled as self-check-worker.cjs): the export's self-check for
 * self-check-thread.ts. Makes its matcher of the identifying values (workerData) at once,
 * checks the CSVs when they come, scans the JSON files when they come, and posts its findings;
 * anything else it does (an error, an exit, a null) makes the export check on its own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  asBuffer,
  checkCsvFiles,
  identifyingMatcher,
  jsonIssues,
  type CsvCheck,
  type IdentifyingValues,
} from './self-check';
import type { CsvFilesMessage, JsonFilesMessage, WorkerFindings } from './self-check-thread';

const matches = identifyingMatcher(workerData as IdentifyingValues);
let csv: CsvCheck | undefined;

parentPort?.on('message', (message: CsvFilesMessage | JsonFilesMessage) => {
  if ('files' in message) {
    csv = checkCsvFiles(
      new Map(message.files.map((f) => [f.name, asBuffer(f.bytes)])),
      new Map(message.files.map((f) => [f.name, f.rows])),
      matches,
      message.periodEnd,
      message.centreCode,
    );
    return;
  }
  // An error thrown while recomputing the indicators would lose its class on the way: the main
  // thread recomputes them and throws its own.
  const findings: WorkerFindings | null =
    csv && csv.indicatorsError === undefined
      ? { csv, json: jsonIssues(new Map(message.json.map(([name, bytes]) => [name, asBuffer(bytes)])), matches) }
      : null;
  parentPort?.postMessage(findings);
  parentPort?.close();
});
