/**
 * The hand-written CSV writer (electron/services/reports/csv-table.ts) against csv-stringify with
 * the options the export wrote with (same bytes), and the reader (csv-parse) reading them back.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTable, writeCsvTable } from '../../electron/services/reports/csv-table';
import { compareCodePoints } from '../../electron/domain/crf1/dates';

const referenceBytes = (header: string[], rows: string[][]): Buffer =>
  Buffer.from(stringify([header, ...rows], { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }), 'utf8');

// Cells built from the characters that matter to the dialect, plus Hebrew and astral ones.
const cell = fc
  .array(fc.constantFrom('a', 'ב', '1', ' ', ',', '"', '\r', '\n', '\r\n', '-', '😀', '\uFEFF', ''), { maxLength: 6 })
  .map((parts) => parts.join(''));

const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.tuple(
      fc.array(cell, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    ),
  );

describe('the CRF-1 CSV writer', () => {
  it('gives csv-stringify’s bytes', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(writeCsvTable(header, rows, (row) => row).equals(referenceBytes(header, rows))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the CRF-1 CSV reader', () => {
  it('reads back exactly the header and rows the writer wrote', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(readCsvTable(writeCsvTable(header, rows, (row) => row))).toEqual({ header, rows });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not CSV of one width', () => {
    for (const text of ['a,b\r\n"open,2\r\n', 'a,b\r\n"1"x,2\r\n', 'a,b\r\n1\r\n'])
      expect(() => readCsvTable(Buffer.from(text, 'utf8')), JSON.stringify(text)).toThrow();
    expect(readCsvTable(Buffer.alloc(0))).toEqual({ header: [], rows: [] });
  });
});

describe('code point order', () => {
  const reference = (a: string, b: string): number => {
    const [x, y] = [Array.from(a, (c) => c.codePointAt(0)!), Array.from(b, (c) => c.codePointAt(0)!)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  it('orders well-formed strings as comparing their code points does', () => {
    const text = fc.string({
      unit: fc.constantFrom('1', '9', 'a', 'ת', '\uE000', '\uFF61', '\uFFFF', '😀', '\u{10000}'),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
