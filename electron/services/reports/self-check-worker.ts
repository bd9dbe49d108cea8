/**
 * Worker entry (bundled as self-check-worker.cjs): the export's self-check for
 * self-check-thread.ts. Makes its matcher of the identifying values (workerData) at once,
 * checks each CSV when it comes, and when the JSON files come (the last message) scans them,
 * finishes and posts its findings; anything else it does (an error, an exit, a null) makes the
 * export check on its own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asBuffer, csvChecker, identifyingMatcher, jsonIssues } from './self-check';
import type { CsvFileMessage, JsonFilesMessage, SelfCheckStart, WorkerFindings } from './self-check-thread';

const start = workerData as SelfCheckStart;
const matches = identifyingMatcher(start.values);
const checker = csvChecker(matches, start.periodEnd, start.centreCode);

parentPort?.on('message', (message: CsvFileMessage | JsonFilesMessage) => {
  if ('file' in message) {
    checker.file(message.file.name, asBuffer(message.file.bytes), message.file.rows);
    return;
  }
  const csv = checker.finish();
  // An error thrown while recomputing the indicators would lose its class on the way: the main
  // thread recomputes them and throws its own.
  const findings: WorkerFindings | null =
    csv.indicatorsError === undefined
      ? { csv, json: jsonIssues(new Map(message.json.map(([name, bytes]) => [name, asBuffer(bytes)])), matches) }
      : null;
  parentPort?.postMessage(findings);
  parentPort?.close();
});
