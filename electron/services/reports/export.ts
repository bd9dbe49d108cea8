/**
 * The CRF-1 export (issue 11, item 2): the bundle of one period end, checked, encrypted to
 * the central office when a recipient is set, recorded in the export history and audited.
 * The bundle is built in memory; `writeExport` stores it under the store's own folder
 * (exports/<sequence>/) so the coordinator can download it again, and the CLI copies it where
 * asked. With a recipient configured only the `.age` file is ever written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Encrypter } from 'age-encryption';
import { AppError } from '../../domain/app-error';
import { addDays, addMonthsClamped, isIsoDate, isWorkingDay, todayIso } from '../../domain/dates';
import { computeIndicators } from '../../domain/crf1/indicators';
import { periodStart } from '../../domain/crf1/dates';
import { requireSetting } from '../../../db/repositories/settings';
import {
  exportHistory,
  getExport,
  identifyingValues,
  insertExport,
  insertLocalPids,
  lastExport,
  lastExportForPeriod,
} from '../../../db/repositories/crf-export';
import type { StoreRuntime } from '../store/runtime';
import { bundleEntries, bundleFileName, zipBundle, type Manifest } from './bundle';
import { exportCsvFiles } from './crf-csv';
import { loadExportRecords, type Store } from './export-records';
import { confirmedProgrammeKey, exportSettings } from './programme-key';
import { startSelfCheck, type SelfCheckRun } from './self-check-thread';

export const GENERATOR_NAME = 'Kesher';

export interface ExportRequest {
  /** A reported month, YYYY-MM: the period ends on its last day … */
  month?: string;
  /** … or an on-demand period end, YYYY-MM-DD (§7). */
  periodEnd?: string;
  /** The app's version, written into the manifest. */
  version: string;
}

export interface ExportResult {
  sequence: number;
  fileName: string;
  periodStart: string;
  periodEnd: string;
  zipSha256: string;
  encrypted: boolean;
  supersedes: number | null;
  /** What goes to the central office: the plain ZIP, or its age encryption. */
  bytes: Buffer;
  manifest: Manifest;
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const first = `${month}-01`;
  if (!/^\d{4}-\d{2}$/.test(month) || !isIsoDate(first)) throw new AppError('invalid_input', 'errors.export.period');
  return addDays(addMonthsClamped(first, 1), -1);
}

function resolvePeriod(request: ExportRequest, today: string): { periodEnd: string; monthly: boolean } {
  const monthly = request.periodEnd === undefined;
  const periodEnd = monthly ? monthEnd(request.month ?? '') : request.periodEnd!;
  if (!isIsoDate(periodEnd)) throw new AppError('invalid_input', 'errors.export.period');
  // A period not yet over would be sent again once it is: the central office wants final figures.
  if (periodEnd > today) throw new AppError('invalid_input', 'errors.export.period_future');
  return { periodEnd, monthly };
}

async function encrypt(zip: Buffer, recipient: string): Promise<Buffer> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return Buffer.from(await encrypter.encrypt(zip));
}

/**
 * The indicators and CSV files of period end E, the CSVs handed to the self-check as soon as
 * they are written (a worker, when there is one, starts on them: self-check-thread.ts). The records they
 * are made from are not returned: at centre scale they are the largest thing in memory, and
 * the self-check works from the CSV bytes alone.
 */
function bundleContent(store: Store, periodEnd: string, centreCode: string, key: Buffer, check: SelfCheckRun) {
  const loaded = loadExportRecords(store, periodEnd, centreCode, key);
  const csv = exportCsvFiles(loaded.records, periodEnd, loaded.formerPids, (file) => check.fileWritten(file));
  return {
    indicators: computeIndicators(loaded.records, periodEnd, centreCode),
    csv,
    newLocalPids: loaded.newLocalPids,
  };
}

/** Builds, checks and records one bundle; nothing is recorded when any step fails. */
export async function createExport(runtime: StoreRuntime, request: ExportRequest): Promise<ExportResult> {
  const db = runtime.db();
  const now = runtime.now();
  const { periodEnd, monthly } = resolvePeriod(request, todayIso(now));
  const { key, keyId } = confirmedProgrammeKey(runtime);
  const centre = { code: requireSetting(db, 'centre.code'), name: requireSetting(db, 'centre.name') };
  const { recipient } = exportSettings(runtime);
  // A worker still checking when the export fails has nothing left to check for.
  let check: SelfCheckRun | undefined;
  try {
    const previous = lastExport(db);
    const sequence = (previous?.sequence ?? 0) + 1;
    const supersedes = lastExportForPeriod(db, periodEnd)?.sequence ?? null;
    // Read before the records: the participants' pages it reads are then still in SQLite's
    // cache for the records' read of the same table (the meeting scan after both is larger
    // than the cache, so read after it they would be decrypted again).
    check = startSelfCheck({ values: identifyingValues(db), periodEnd, centreCode: centre.code });
    const { indicators, csv, newLocalPids } = bundleContent(
      { db, sqlite: runtime.sqlite() },
      periodEnd,
      centre.code,
      key,
      check,
    );
    const content = bundleEntries({
      manifest: {
        format: 'crf',
        version: 1,
        centre,
        period: { start: periodStart(periodEnd), end: periodEnd },
        sequence,
        supersedes,
        previousBundleSha256: previous?.zipSha256 ?? null,
        generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        generator: { name: GENERATOR_NAME, version: request.version },
        pseudonymisation: { method: 'HMAC-SHA256/16', keyId },
      },
      indicators,
      csv,
    });
    // The ZIP is deflated on libuv's threads while the self-check (begun on a worker, else run
    // here) reads the same entries.
    const zipping = zipBundle(content);
    try {
      await check.settle(content.entries);
    } catch (error) {
      await zipping.catch(() => undefined);
      throw error;
    }
    const bundle = await zipping;
    const bytes = recipient ? await encrypt(bundle.zip, recipient) : bundle.zip;
    const fileName = bundleFileName(centre.code, periodEnd, monthly, recipient !== null);
    runtime.sqlite().transaction(() => {
      insertExport(db, {
        sequence,
        periodStart: periodStart(periodEnd),
        periodEnd,
        fileName,
        zipSha256: bundle.zipSha256,
        encrypted: recipient !== null,
        supersedes,
        keyId,
        createdAt: now.toISOString(),
        createdBy: runtime.actorId(),
      });
      insertLocalPids(db, newLocalPids, sequence);
    })();
    runtime.audit({ action: 'export', entity: 'crf_export', entityId: sequence });
    return {
      sequence,
      fileName,
      periodStart: periodStart(periodEnd),
      periodEnd,
      zipSha256: bundle.zipSha256,
      encrypted: recipient !== null,
      supersedes,
      bytes,
      manifest: bundle.manifest,
    };
  } finally {
    key.fill(0);
    check?.cancel();
  }
}

/** Where the store keeps a written bundle: inside its own folder, one folder per sequence. */
export function exportPath(runtime: StoreRuntime, sequence: number, fileName: string): string {
  return path.join(runtime.files.dir, 'exports', String(sequence), fileName);
}

/** Keeps the bundle under the store's folder so it can be downloaded again. */
export function keepExport(runtime: StoreRuntime, result: ExportResult): void {
  const file = exportPath(runtime, result.sequence, result.fileName);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, result.bytes, { mode: 0o600 });
}

export function listExports(runtime: StoreRuntime) {
  return exportHistory(runtime.db());
}

/** A kept bundle's bytes, for the coordinator to save where they choose. */
export function readKeptExport(runtime: StoreRuntime, sequence: number): { fileName: string; bytes: Buffer } {
  const row = getExport(runtime.db(), sequence);
  if (!row) throw new AppError('not_found', 'errors.export.not_kept');
  try {
    return { fileName: row.fileName, bytes: readFileSync(exportPath(runtime, sequence, row.fileName)) };
  } catch {
    throw new AppError('not_found', 'errors.export.not_kept');
  }
}

/**
 * The month whose bundle is due: once a month has ended, from the first working day
 * (Sunday–Thursday) after it, until a bundle for that month's end has been written.
 */
export function dueMonth(today: string, exportedPeriodEnds: ReadonlySet<string>): string | null {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  let firstWorkingDay = firstOfMonth;
  while (!isWorkingDay(firstWorkingDay)) firstWorkingDay = addDays(firstWorkingDay, 1);
  if (today < firstWorkingDay) return null;
  const previousMonthEnd = addDays(firstOfMonth, -1);
  return exportedPeriodEnds.has(previousMonthEnd) ? null : previousMonthEnd.slice(0, 7);
}

export function exportOverview(runtime: StoreRuntime) {
  const entries = listExports(runtime);
  return {
    entries,
    due: dueMonth(todayIso(runtime.now()), new Set(entries.map((e) => e.periodEnd))),
  };
}
