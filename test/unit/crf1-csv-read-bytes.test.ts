/**
 * The quick CSV reader (readCsvTable: the §3 dialect by hand, csv-parse for anything else)
 * against csv-parse alone: for any bytes, the same header and rows, or both refuse. The export's
 * self-check and the central office both read bundles through it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readCsvTable, writeCsvTable } from '../../electron/services/reports/csv-table';

/** What csv-parse alone makes of the bytes, with the options readCsvTable falls back to. */
function csvParseOnly(bytes: Buffer): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = parse(bytes, {
    bom: true,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as string[][];
  return { header, rows };
}

type Outcome = { ok: true; header: string[]; rows: string[][] } | { ok: false };

function outcome(read: () => { header: string[]; rows: string[][] }): Outcome {
  try {
    const { header, rows } = read();
    return { ok: true, header, rows };
  } catch {
    return { ok: false };
  }
}

// The characters that matter to the dialect, plus Hebrew, an astral one, a BOM and a stray byte.
const piece = fc.constantFrom('a', 'ב', '1', ' ', ',', '"', '\r', '\n', '\r\n', '😀', '\uFEFF', '\uFFFD', '');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const simpleCell = fc
  .array(fc.constantFrom('a', 'ב', '1', ' ', '-', '😀', ''), { maxLength: 5 })
  .map((p) => p.join(''));
const simpleTable = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.tuple(
      fc.array(simpleCell, { minLength: width, maxLength: width }),
      fc.array(fc.array(simpleCell, { minLength: width, maxLength: width }), { maxLength: 8 }),
    ),
  );

describe('the bundle CSV reader, byte for byte', () => {
  it('reads any text as csv-parse does, or refuses it as csv-parse does', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, bom) => {
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + body, 'utf8');
        expect(outcome(() => readCsvTable(bytes))).toEqual(outcome(() => csvParseOnly(bytes)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what the export writes as csv-parse does', () => {
    fc.assert(
      fc.property(simpleTable, ([header, rows]) => {
        const bytes = writeCsvTable(header, rows, (row) => row);
        expect(readCsvTable(bytes)).toEqual(csvParseOnly(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads bytes that are not UTF-8 as csv-parse does', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\r\n', 'utf8'), Buffer.from([0xe2, 0x82]), Buffer.from(',x\r\n')]);
    expect(outcome(() => readCsvTable(bytes))).toEqual(outcome(() => csvParseOnly(bytes)));
  });
});
