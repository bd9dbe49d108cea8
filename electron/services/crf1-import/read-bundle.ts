/**
 * A migration bundle's bytes → parsed tables (CRF-1 §3 read as §7 says): a ZIP (the app's
 * wizard sends its bytes; the CLI reads a file) or, in the CLI, a folder of the CSV files.
 * The byte-order mark is optional, LF line ends are accepted, columns are matched by header
 * name, a cell of spaces only is empty. A file that is not comma-separated CSV (wrong
 * separator, unbalanced quotes, rows of different lengths) is reported as not parsing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { importFiles, type ImportFile } from '../../domain/crf1-import/format';
import { IssueList } from '../../domain/crf1-import/issues';
import type { ParsedBundle } from '../../domain/crf1-import/validate';

/** Plain-text files the bundle may hold beside the tables without a warning. */
const quietFiles = new Set(['manifest.json', 'indicators.json']);
/** A ZIP entry larger than this is refused rather than inflated (a bundle of 10,000 people is ~10 MB). */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

export function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('zip'));
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        // Only files at the root count (CRF-1 §1); folders and nested files are skipped.
        if (entry.fileName.endsWith('/') || entry.fileName.includes('/') || entry.uncompressedSize > MAX_ENTRY_BYTES) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('zip entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export function readFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(basename(name), readFileSync(path));
  }
  return files;
}

/** A ZIP file or a folder, as the CLI is given it. */
export async function readBundlePath(path: string): Promise<Map<string, Buffer>> {
  if (!existsSync(path)) throw new Error('missing');
  return statSync(path).isDirectory() ? readFolder(path) : readZip(readFileSync(path));
}

function parseTable(issues: IssueList, file: ImportFile, bytes: Buffer): ParsedBundle['tables'][ImportFile] {
  let rows: string[][];
  try {
    rows = parse(bytes, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch {
    issues.error(file, null, null, 'parse_error');
    return undefined;
  }
  const [header, ...data] = rows;
  if (!header) return { header: [], records: [] };
  const names = header.map((name) => name.trim());
  // One column whose name holds a semicolon or a tab: the file uses another separator.
  if (names.length === 1 && /[;\t|]/.test(names[0] ?? '')) {
    issues.error(file, null, null, 'parse_error');
    return undefined;
  }
  return {
    header: names,
    records: data.map((values, i) => ({
      row: i + 2,
      cells: Object.fromEntries(
        names.map((name, c) => [name, (values[c] ?? '').trim() === '' ? '' : (values[c] ?? '')]),
      ),
    })),
  };
}

export function parseBundle(files: ReadonlyMap<string, Buffer>): ParsedBundle {
  const issues = new IssueList();
  const tables: ParsedBundle['tables'] = {};
  for (const [name, bytes] of files) {
    if ((importFiles as readonly string[]).includes(name)) {
      const table = parseTable(issues, name as ImportFile, bytes);
      if (table) tables[name as ImportFile] = table;
    } else if (!quietFiles.has(name)) issues.warn(name, null, null, 'unknown_file');
  }
  return { tables, issues };
}
