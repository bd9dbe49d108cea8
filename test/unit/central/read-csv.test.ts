/**
 * The central office's quick CSV reader (electron/services/central/read-csv.ts) against
 * csv-parse (readCsvTable): for any bytes, the same header and rows, or both refuse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBundleCsv } from '../../../electron/services/central/read-csv';
import { readCsvTable, writeCsvTable } from '../../../electron/services/reports/csv-table';

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

describe('the central office’s CSV reader', () => {
  it('reads any text as csv-parse does, or refuses it as csv-parse does', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, bom) => {
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + body, 'utf8');
        expect(outcome(() => readBundleCsv(bytes))).toEqual(outcome(() => readCsvTable(bytes)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what the export writes as csv-parse does', () => {
    fc.assert(
      fc.property(simpleTable, ([header, rows]) => {
        const bytes = writeCsvTable(header, rows, (row) => row);
        expect(readBundleCsv(bytes)).toEqual(readCsvTable(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads bytes that are not UTF-8 as csv-parse does', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\r\n', 'utf8'), Buffer.from([0xe2, 0x82]), Buffer.from(',x\r\n')]);
    expect(outcome(() => readBundleCsv(bytes))).toEqual(outcome(() => readCsvTable(bytes)));
  });
});
